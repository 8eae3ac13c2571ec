namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// The noun run after a count and its measure word, round 41, on made-up lines in a city daily's, a county bulletin's, a
/// national daily's and a business page's style: a word of status opening with 在 (在职, 在编) is part of the noun, a word
/// holding a numeral (海峡两岸) is no second count, 及 joins the counted nouns as 、 does, and a verb ending in 及 (普及,
/// 涉及) ends the noun. None of these lines is taken from a labelled page.
/// </summary>
public sealed class FigureCountedNounRunTests
{
    [Theory]
    [InlineData("市里组织30名在职党员到社区报到。", "30名|在职党员|30|名|exact")]
    [InlineData("全县286名在编教师参加了暑期培训。", "286名|在编教师|286|名|exact")]
    [InlineData("活动吸引200余名海峡两岸青年代表参加交流。", "200余名|海峡两岸青年代表|200|名|over")]
    [InlineData("30余名省及市县农技专家深入田间指导春耕。", "30余名|省及市县农技专家|30|名|over")]
    [InlineData("园区已集聚近300家研发中心及检测中心。", "近300家|研发中心及检测中心|300|家|approx")]
    public void Extract_MadeUpLine_LabelsTheWholeCountedNoun(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    // 普及 and 涉及 are verbs after the counted noun, not a joint.
    [InlineData("街道组织120余名学生普及防溺水知识。", "120余名|学生|120|名|over")]
    [InlineData("此次检查发现5家企业涉及违规排污问题。", "5家|企业|5|家|exact")]
    // A number after 及 counts its own noun.
    [InlineData("3家银行及12家保险公司参加签约。", "3家|银行|3|家|exact ; 12家|保险公司|12|家|exact")]
    // 及时 is an adverb, 及其 turns to what the counted own; 在任 before 期间 is the verb 在 (review 41).
    [InlineData("镇里派出3名干部及时赶到现场。", "3名|干部|3|名|exact")]
    [InlineData("共有12名党员及其家属参加活动。", "12名|党员|12|名|exact")]
    [InlineData("20名干部在任期间违规。", "20名|干部|20|名|exact")]
    public void Extract_MadeUpLine_EndsTheNounBeforeAVerbOrANewCount(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
