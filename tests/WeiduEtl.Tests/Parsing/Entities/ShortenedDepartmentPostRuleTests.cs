namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A party committee's department shortened into its head's or officer's post (宣传部长 for 宣传部部长, 组织委员,
/// 宣传干事), on made-up lines in the styles of a city daily, a county newsletter and a township's web page: the post
/// is whole and the committee or place before it is the holder's; and 组织 ending a body's name, which stays the body's.
/// </summary>
public sealed class ShortenedDepartmentPostRuleTests
{
    [Theory]
    [InlineData("当天，市委常委、宣传部长刘建平一行来到光明村调研。", "刘建平", "宣传部长")]
    [InlineData("区委常委、组织部长陈晓东，区政协副主席王海陪同调研。", "陈晓东", "组织部长")]
    [InlineData("每逢节日，县委常委、统战部长赵丽萍都会走访困难群众。", "赵丽萍", "统战部长")]
    [InlineData("“把好事办实。”青山镇组织委员黄志强说。", "黄志强", "组织委员")]
    [InlineData("记者见到了石桥乡宣传干事周敏。", "周敏", "宣传干事")]
    public void Extract_ShortenedDepartmentPost_IsTheWholePost(string body, string name, string post)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.NotNull(person.Title);
        Assert.EndsWith(post, person.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("“把好事办实。”青山镇组织委员黄志强说。", "黄志强", "青山镇")]
    [InlineData("记者见到了石桥乡宣传干事周敏。", "周敏", "石桥乡")]
    [InlineData("每逢节日，抚远县委常委、统战部长赵丽萍都会走访困难群众。", "赵丽萍", "抚远县委")]
    public void Extract_ShortenedDepartmentPost_KeepsThePlaceOrCommitteeBefore(string body, string name, string organisation) =>
        Assert.Equal(organisation, Assert.Single(Entities.People(body), p => p.Name == name).Organisation);

    [Theory]
    [InlineData("多个国际组织负责人和驻华使节出席了开幕式。", "组织负责人")]
    [InlineData("在村党组织领导下开展调解工作，效果明显。", "组织领导")]
    public void Extract_OrganisationEndingABodyName_IsNoShortenedPost(string body, string post) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Title is not null && p.Title.Contains(post, StringComparison.Ordinal));

    [Theory]
    [InlineData("运动会组织委员会主任李国华介绍了筹备情况。", "李国华")]
    [InlineData("大赛组织委员会秘书长孙立新表示，报名将于月底截止。", "孙立新")]
    public void Extract_OrganisingCommitteeBeforeAPost_KeepsThePostAfterIt(string body, string name)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.DoesNotContain("组织委员", person.Title ?? "", StringComparison.Ordinal);
    }
}
