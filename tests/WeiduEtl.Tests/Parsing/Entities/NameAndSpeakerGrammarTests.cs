using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Rules added for names no title introduces and speakers no verb of saying names, each on made-up sentences in the
/// style of a district page (许昌日报) and of a national daily (人民日报).
/// </summary>
public sealed class NameAndSpeakerGrammarTests
{
    [Theory]
    [InlineData("走进买买提·吐尔逊家，院子里干净整齐。", "买买提·吐尔逊")]
    [InlineData("他和妻子古丽娜尔·艾买提还开了一家小超市。", "古丽娜尔·艾买提")]
    [InlineData("据悉，安东尼奥·罗西已是第三次来华。", "安东尼奥·罗西")]
    public void Extract_DottedNameWithoutTitle_IsAPerson(string body, string name)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, "dotted-name"), (person.Name, person.Rule));
    }

    [Theory]
    [InlineData("本报讯 艾山江·吐尔洪在社区开了裁缝店。“生意越来越好。”艾山江笑着说。", "艾山江·吐尔洪", "艾山江")]
    [InlineData("意大利人马克·贝利尼在华工作多年。贝利尼说，“这里机会很多。”", "马克·贝利尼", "贝利尼")]
    public void Extract_PartOfADottedNameLater_IsTheSamePersonAndSpeaker(string body, string name, string part)
    {
        var found = Entities.Extract(body);
        Assert.Contains(found.Mentions, m => m is { Kind: MentionKind.Person, Rule: "known-name" } && m.Text == part && m.Name == name);
        Assert.Equal(name, Assert.Single(found.Quotes).Speaker);
    }

    [Theory]
    [InlineData("抚远·黑瞎子岛迎来新年第一缕阳光。")]
    [InlineData("村民在晾晒红枣。\n库尔班·买买提摄")]
    [InlineData("文明是城市的底色。\n（意大利）马可·贝利尼")]
    public void Extract_DottedPlacesCreditsAndSignatures_AreNoPeople(string body) => Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("魏都区西关街道胜利社区党支部书记、社区主任王丽红说，“先把路修好。”", "王丽红", "党支部书记、社区主任", "魏都区西关街道胜利社区")]
    [InlineData("省委党校驻村工作队队长、村第一书记申志英介绍，村里新发展了15名党员。", "申志英", "队长、村第一书记", "省委党校驻村工作队")]
    public void Extract_TitleChainWhoseLaterTitleHasItsUnit_KeepsTheWholeChain(string body, string name, string title, string organisation)
    {
        var person = Entities.People(body).First();
        Assert.Equal((name, title, organisation), (person.Name, person.Title, person.Organisation));
    }

    [Theory]
    [InlineData("参加比赛的有张志强、李红梅、王建国等。", new[] { "张志强", "李红梅", "王建国" })]
    [InlineData("获奖运动员为：刘洋、陈思雨、孙宇航。", new[] { "刘洋", "陈思雨", "孙宇航" })]
    public void Extract_ListOfThreeNamesWithoutRole_IsEachAPerson(string body, string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("name-list", p.Rule));
    }

    [Theory]
    [InlineData("途经王庄、李村、张集三个村。")]
    [InlineData("坚持稳中求进、改革创新、攻坚克难。")]
    public void Extract_ListsOfPlacesOrPhrases_AreNoPeople(string body) => Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("社区网格员张丽娟每天入户。\n“有事就找我。”张丽娟主动留下了电话。", "张丽娟")]
    [InlineData("“好日子，全靠党的好政策。”从2014年起，村民艾山江·吐尔洪当了一名宣讲员。", "艾山江·吐尔洪")]
    public void Extract_WholeQuotedSentenceThenAPersonWithoutVerb_IsThatPersonsQuote(string body, string speaker) =>
        Assert.Equal((speaker, "quote-next-sentence"), Entities.OnlyQuote(body));

    [Fact]
    public void Extract_PersonOwningTheSubjectOfTheNextSentence_IsNoSpeaker()
    {
        var quote = Assert.Single(Entities.Extract("居民王建国住在三楼。\n“拿起毛笔，写上中国。”王建国6岁的儿子在背儿歌。").Quotes);
        Assert.Null(quote.Speaker);
    }

    [Theory]
    [InlineData("“从前我只是个家庭妇女，现在能挣钱了。”\n夜幕降临，她赶去夜校。\n“从前我只是个家庭妇女，现在能挣钱了。”村民李秀英笑着说。", "李秀英")]
    [InlineData("“社区就是我们的家，大家的事要一起办。”\n会上，居民代表发言踊跃。\n“社区就是我们的家，大家的事要一起办。”社区党支部书记刘红霞说。", "刘红霞")]
    public void Extract_PullQuotePrintedAgainWithItsSpeaker_TakesThatSpeaker(string body, string speaker)
    {
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Equal((speaker, "quote-repeated"), (quotes[0].Speaker, quotes[0].Rule));
    }

    [Theory]
    [InlineData("魏都区妇联联合区总工会开展关爱活动。", new[] { "魏都区妇联", "区总工会" })]
    [InlineData("国家药监局会同国家卫健委印发通知，党中央高度重视。", new[] { "国家药监局", "国家卫健委", "党中央" })]
    public void Extract_PeoplesOrganisationsAndNationalBodies_AreOrganisations(string body, string[] names) =>
        Assert.Equal(names, Entities.Names(body, MentionKind.Organisation));

    [Fact]
    public void Extract_PartyMember_IsNoOrganisation() =>
        Assert.Empty(Entities.Names("他成为一名光荣的共产党员。", MentionKind.Organisation));
}
