using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// 盖 as a surname after a title or a descriptor (副队长盖某某), on made-up lines in the styles of an oilfield newsletter
/// and an evening paper; and 盖 as the verb 'build, stamp, cover', which starts no name.
/// </summary>
public sealed class RareSurnameRuleTests
{
    [Theory]
    [InlineData("井队副队长盖文博笑着说：“冬天啃冻馒头是常事。”", "盖文博")]
    [InlineData("“这片林子是我们一锹一锹种出来的。”老党员盖春生说。", "盖春生")]
    public void Extract_SurnameGaiAfterATitle_IsAPerson(string body, string name)
    {
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));
        Assert.Equal(name, Entities.OnlyQuote(body).Speaker);
    }

    [Theory]
    [InlineData("村民盖起了二层小楼，日子越过越红火。")]
    [InlineData("工作人员盖章后，手续当场办结。")]
    [InlineData("去年，村里盖了一座新的文化活动中心。")]
    public void Extract_GaiAsAVerb_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
