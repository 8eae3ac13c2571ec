namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A verb of saying that opens its clause right before the quotation has no subject of its own: the person who opens
/// the sentence speaks, on made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class SharedSubjectSpeakerRuleTests
{
    [Theory]
    [InlineData("王建国局长提出“三个一”工作思路，强调“群众的事再小也是大事，必须办好”。", "王建国")]
    [InlineData("魏都区委书记刘胜利听取“一网通办”工作汇报，并强调“要让群众少跑腿、好办事，把服务送到群众家门口”。", "刘胜利")]
    public void Extract_VerbOpeningItsClause_SharesTheSentencesSubject(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Fact]
    public void Extract_VerbWithItsOwnSubject_KeepsItsSubject() =>
        Assert.Equal("李红梅", Entities.OnlyQuote("王建国局长主持会议，副局长李红梅强调“群众的事再小也是大事，必须办好”。").Speaker);
}
