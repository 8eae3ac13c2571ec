using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Where a person's name ends, on made-up sentences in the styles of a national daily and a district page: before a
/// verb of taking in or acting whose first letter names also end in, at a given name's last letter that is also a
/// conjunction or an adverb, and not at all where a place stands before a post.
/// </summary>
public sealed class PersonNameBoundaryRuleTests
{
    [Theory]
    [InlineData("市政协委员张立觉得这个提案很实在。", "张立")]
    [InlineData("某公司原董事长王海干预项目审批。", "王海")]
    [InlineData("东大街道办事处主任李明接到电话后赶到现场。", "李明")]
    [InlineData("第三审查调查室主任艾力·买买提接到一个电话。", "艾力·买买提")]
    public void Extract_NameBeforeAVerbOfTakingIn_EndsBeforeTheVerb(string body, string name) =>
        Assert.Equal([name], Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("中国科学院院士王永和说，这是好事。", "王永和")]
    [InlineData("教授陈德正和学生们一起做实验。", "陈德正")]
    [InlineData("社区党支部书记李有为、居委会主任张华参加活动。", "李有为")]
    public void Extract_GivenNameEndingInAFunctionLetter_KeepsTheLetter(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("王芳和李明都表示支持。", "王芳和")]
    [InlineData("教授张伟正是这样做的。", "张伟正")]
    public void Extract_ConjunctionOrAdverbOpeningAWord_IsNoNameLetter(string body, string notName) =>
        Assert.DoesNotContain(notName, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("刘庄村党支部书记主持了会议。")]
    [InlineData("据了解，王家村党委书记当天也在现场。")]
    public void Extract_VillageBeforeAPost_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
