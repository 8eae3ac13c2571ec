namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A kind of person opening a short clause before a quotation's comma (村民们却有些顾虑，“…”) speaks as printed when no one
/// is named; its owner form (村民的…) does not. Made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class DescribedSubjectSpeakerRuleTests
{
    [Theory]
    [InlineData("工作组上门动员搬迁。说起新房，村民们却有些顾虑，“住惯了老屋，真舍不得走。”", "村民们")]
    [InlineData("王建军在外地打工多年。女儿临走前给他留了张字条，“爸爸，注意身体，早点回家。”", "女儿")]
    public void Extract_KindOfPersonOpeningTheClause_SpeaksAsPrinted(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Fact]
    public void Extract_KindOfPersonOwningTheSubject_IsNoSpeaker() =>
        Assert.NotEqual("村民", Entities.LastQuote("工作组上门动员搬迁。村民的房子都很旧了，“住惯了老屋，真舍不得走。”").Speaker);
}
