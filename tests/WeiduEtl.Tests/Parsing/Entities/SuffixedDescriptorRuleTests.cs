namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A full name after a description of a person that ends in 人, 员, 户 or 者 but is in no list, on made-up lines in the
/// styles of an evening paper and a county newsletter, printed again later; and the words in those letters that introduce
/// no one, and a name printed once.
/// </summary>
public sealed class SuffixedDescriptorRuleTests
{
    [Theory]
    [InlineData("文艺评论人顾青山认为，好作品离不开生活。顾青山说，要多下基层。", "顾青山")]
    [InlineData("养蜂示范户鲁长庚在山坡上摆满了蜂箱。今年，鲁长庚的蜂蜜卖到了省城。", "鲁长庚")]
    [InlineData("护林员贺云峰，在这片林子里守了二十年。贺云峰笑着说，林子就是家。", "贺云峰")]
    public void Extract_NameAfterADescriptionEndingInAPersonsLetter_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Theory]
    [InlineData("记者黄立明摄")]
    [InlineData("或者马上联系社区网格员。")]
    [InlineData("全镇动员万名群众参加植树。")]
    [InlineData("活动吸引了众多市民参加。一名工作人员严格把关，人员严格登记。")]
    public void Extract_WordsInThoseLettersThatIntroduceNoOne_FindNoPerson(string body) =>
        Assert.Empty(Entities.People(body));
}
