namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A kind of person opening the clause after a quotation no one else is given, printed after what locates it (a run of
/// divisions and bodies ending in 社区/小区/村…) or after a description ending in 的; a counted group named by two nouns in
/// a row; a clause after an ASCII comma. Made-up lines in the styles of a city daily, a county newsletter (ASCII commas),
/// an evening paper and a rural paper; and kinds that are objects, owners or only talked about.
/// </summary>
public sealed class LocatedKindSpeakerRuleTests
{
    [Theory]
    [InlineData("“井盖松了，先用路锥围起来。”3月2日上午，东湖区南山街道青石路社区工作人员带着工具来到现场。", "东湖区南山街道青石路社区工作人员")]
    [InlineData("“终于不用扛着电瓶上楼了！”8月5日，金桂花园小区居民代表送来锦旗，感谢街道办事处。", "金桂花园小区居民代表")]
    [InlineData("“这条路通了，果子好卖了。”看着刚铺好的水泥路，平山县红岭镇上坪村的老乡们喜上眉梢。", "平山县红岭镇上坪村的老乡们")]
    [InlineData("“老李，晚上去广场跳舞吗?”路过的乡亲招呼道。", "乡亲")]
    [InlineData("“雨天路滑，慢点走。”在学校门口，城南社区20余名党员志愿者一边疏导车辆，一边搀扶老人过马路。", "城南社区20余名党员志愿者")]
    [InlineData("“书里的门道真多。”5月3日,坐在农家书屋里翻着《果树修剪》的村民笑着说起了心得。", "村民")]
    public void Attribute_KindAfterWhatLocatesIt_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("“谢谢你们！”志愿服务队一起去看望了住在敬老院的老人。")]
    [InlineData("“路灯亮了。”这个小区的居民的生活方便了许多。")]
    [InlineData("“活动很精彩。”本次活动吸引了城南社区居民和游客参与。")]
    [InlineData("“菜价稳住了。”市场监管部门走访了城东村的村民，了解物价。")]
    public void Attribute_KindAsObjectOrOwner_IsNoSpeaker(string body) =>
        Assert.Null(Entities.OnlyQuote(body).Speaker);
}
