using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where a body's name opens: after the verb whose object it is (观摩|市政协, 考入|许昌学院, 源自|农工党许昌市委) and
/// after a number with its measure word (一名|党, 三级|法院) or a date (30日|某社区), never before them; real names stay whole. Made-up lines in the style
/// of a district newsletter and a county bulletin.
/// </summary>
public sealed class BodyNameOpeningTests
{
    [Theory]
    [InlineData("区政协委员们观摩市政协常委会议后，纷纷表示收获很大。", "区政协", "市政协")]
    [InlineData("去年，他考入许昌学院，毕业后回乡创业。", "许昌学院")]
    [InlineData("这份提案源自农工党许昌市委的一次专题调研。", "农工党许昌市委")]
    [InlineData("东城社区党支部搭建起华宇物业公司与居民之间的议事平台。", "东城社区党支部", "华宇物业公司")]
    [InlineData("县里将新开的卫生院输往乡村医疗点，并请县人民医院专家坐诊。", "县人民医院")]
    [InlineData("退休后，他担任长葛市老年大学的志愿讲师。", "长葛市老年大学")]
    [InlineData("省纪委监委网站昨天通报清河县建设集团原董事长违纪问题。", "省纪委监委", "清河县建设集团")]
    [InlineData("这批材料已移交并接受市住建局执法支队的核查。", "市住建局执法支队")]
    [InlineData("通讯员一手拿着电台，一手握着罗盘。")]
    public void Extract_BodyAfterItsVerb_OpensAfterTheVerb(string body, params string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("全镇上下坚持党的全面领导，巩固党的执政基础。")]
    [InlineData("她主动申请当了一名党的政策宣传员。")]
    [InlineData("村里几个合作社联合起来，统一收购花生。")]
    [InlineData("县纪委监委共查处违纪问题12起，给予党纪处分9人。", "县纪委监委")]
    [InlineData("如果地方政协只开会不调研，提案就难有分量。")]
    [InlineData("两县签署政府间合作协议，一场演出生动展现党的初心，也反映出党的惠民政策。")]
    public void Extract_PartyOrBodyAfterAVerbOrACount_IsNoName(string body, params string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("记者从中国人民银行获悉，新版纸币将于下月发行。", "中国人民银行")]
    [InlineData("北京市朝阳区人民政府近日发布通知。", "北京市朝阳区人民政府")]
    [InlineData("中共中央纪委日前印发通报。", "中共中央纪委")]
    [InlineData("中国建设银行许昌分行为商户送去贷款。", "中国建设银行许昌分行")]
    [InlineData("万家社区的志愿者走进楼院。", "万家社区")]
    [InlineData("新疆生产建设兵团党委召开会议。", "新疆生产建设兵团党委")]
    public void Extract_RealName_StaysWhole(string body, string name)
    {
        var names = Entities.Names(body, MentionKind.Organisation);
        Assert.True(names.Contains(name), $"{name} not whole among [{string.Join(", ", names)}]");
    }

    [Theory]
    [InlineData("自2019年11月30日魏都区东大街道便民服务中心启用以来，群众办事更方便了。", "魏都区东大街道便民服务中心")]
    [InlineData("1月5号许昌市图书馆举办讲座。", "许昌市图书馆")]
    public void Extract_BodyRightAfterADate_OpensAfterTheDate(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_BodiesCountedByLevels_AreNoOrganisation() =>
        Assert.Empty(Entities.Names("全省三级法院和市县两级党委都作了部署。", MentionKind.Organisation));
}
