namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A verb of saying with its hearer after it (提醒他们, 叮嘱大家) that opens the last clause of a long sentence, after
/// adverbs of habit (有时还会, 还不忘), shares the sentence's subject. Made-up sentences in the styles of a national daily
/// and a district page.
/// </summary>
public sealed class SharedSubjectHearerRuleTests
{
    [Theory]
    [InlineData("外科专家吴明，在手术台上做完手术后不是马上去休息，而是坐在旁边看学生们缝合，有时还会提醒他们：“缝线的间距要均匀，这关系到病人的恢复。”", "吴明")]
    [InlineData("魏都区丁庄街道网格员李红，入户走访时不是问完就走，而是帮老人查看燃气灶，有时还会叮嘱他们：“用完记得关阀门，注意安全。”", "李红")]
    public void Extract_VerbWithItsHearerOpeningTheLastClause_SharesTheSubject(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);
}
