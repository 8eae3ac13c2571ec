using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Names read by their place: a three-letter name whose first given letter is 和, 为 or 正 inside a list of names, and a
/// two-letter name after a descriptor before an adjective of manner, on made-up lines in the styles of a city daily's
/// meeting report, a county paper and a feature page.
/// </summary>
public sealed class ListFunctionLetterAndMannerNameRuleTests
{
    [Theory]
    [InlineData("区领导王建国、刘明、赵和平在主会场出席开工仪式。", "赵和平")]
    [InlineData("出席会议的县领导有李强、陈为民、周正华。", "陈为民")]
    [InlineData("市领导孙立、何正清等参加活动。", "何正清")]
    [InlineData("获表彰的有市领导马涛、孙和平等。", "孙和平")]
    public void Extract_FunctionLetterGivenNameInAList_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("村里种了玉米、花和果树，收成不错。")]
    [InlineData("他带来了苹果、梨和桃，分给孩子们。")]
    public void Extract_FunctionLetterOutsideAListOfNames_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("艺术家陈曦巧妙地把剪纸融入作品，引来观众驻足。", "陈曦")]
    [InlineData("志愿者刘畅认真核对每一份材料。", "刘畅")]
    [InlineData("小伙周航熟练地操作无人机喷洒农药。", "周航")]
    [InlineData("书法家蒋韬耐心地教孩子们握笔。", "蒋韬")]
    public void Extract_TwoLetterNameBeforeAnAdjectiveOfManner_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Fact]
    public void Extract_ThreeLetterNameThatRecurs_StaysThreeLetters() =>
        Assert.Contains("陈曦巧", Entities.Names("艺术家陈曦巧妙笔生花。记者见到陈曦巧时，她正在作画。", MentionKind.Person));

    [Theory]
    [InlineData("村民方便快捷地办理了业务。")]
    [InlineData("居民高兴热情地迎接客人。")]
    public void Extract_TwoLettersThatAreAWord_AreNoName(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
