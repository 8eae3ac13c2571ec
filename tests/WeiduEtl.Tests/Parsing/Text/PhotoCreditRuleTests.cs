using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class PhotoCreditRuleTests
{
    [Theory]
    [InlineData("志愿者在社区为老人义诊 邵华摄", "志愿者在社区为老人义诊", "邵华")]
    [InlineData("市民在湿地公园观鸟。柏青摄", "市民在湿地公园观鸟。", "柏青")]
    [InlineData("游客在古镇参观（本报记者 梁晨 摄）", "游客在古镇参观", "梁晨")]
    [InlineData("10月8日，农民在田间收割水稻。　本报记者　李　明摄", "10月8日，农民在田间收割水稻。", "李明")]
    [InlineData("新建成的跨河大桥 图/钟凯", "新建成的跨河大桥", "钟凯")]
    [InlineData("护水员在水库巡查吴迪摄", "护水员在水库巡查", "吴迪")]
    public void Match_CaptionWithCredit_SplitsCaptionFromPhotographer(string line, string caption, string credit)
    {
        var m = PhotoCreditRule.Match(line, PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal(caption, m.Caption);
        Assert.Equal(credit, m.Credit);
    }

    [Fact]
    public void Match_AgencyCredit_KeepsCaptionWithoutPhotographer()
    {
        var m = PhotoCreditRule.Match("运载火箭在发射场点火升空。（新华社发）", PressLexicon.BuiltIn);

        Assert.NotNull(m);
        Assert.Equal("运载火箭在发射场点火升空。", m.Caption);
        Assert.Null(m.Credit);
    }

    [Theory]
    [InlineData("工作人员正在进行航拍")]
    [InlineData("记者在现场进行了拍摄")]
    [InlineData("邵华摄")]
    [InlineData("群众无小事，事事皆民心。")]
    public void Match_NoCaptionWithCredit_ReturnsNull(string line)
    {
        Assert.Null(PhotoCreditRule.Match(line, PressLexicon.BuiltIn));
    }

    [Fact]
    public void Match_ProvidedByCredit_KeepsCaptionWithoutPhotographer()
    {
        var m = PhotoCreditRule.Match("新落成的县图书馆（图片由受访者提供）", PressLexicon.BuiltIn);

        Assert.Equal("新落成的县图书馆", m?.Caption);
        Assert.Null(m?.Credit);
    }
}
