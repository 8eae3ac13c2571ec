using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// People named without a title before them: names before a verb of taking a post (当选为…主席), partners joined by a
/// slash (王某某/李某某), and posts of the film and service trades before a name, on made-up sentences in the styles of a
/// national daily and a district page.
/// </summary>
public sealed class ElectedAndPairedNameRuleTests
{
    private const string Council = "会议选举产生新一届理事会，赵明远当选为中国围棋协会主席，孙立、钱江当选为副主席，郑小川当选为秘书长。";
    private const string District = "昨天，魏都区书法家协会召开第三次会员代表大会，刘海生当选为魏都区书法家协会会长，张红、李伟当选为副会长。";

    [Theory]
    [InlineData(Council, "赵明远", "主席", "中国围棋协会")]
    [InlineData(Council, "孙立", "副主席", "中国围棋协会")]
    [InlineData(Council, "钱江", "副主席", "中国围棋协会")]
    [InlineData(Council, "郑小川", "秘书长", "中国围棋协会")]
    [InlineData(District, "刘海生", "会长", "魏都区书法家协会")]
    [InlineData(District, "张红", "副会长", "魏都区书法家协会")]
    [InlineData(District, "李伟", "副会长", "魏都区书法家协会")]
    public void Extract_NamesElectedToPosts_ArePeopleWithThePostAndTheSentencesBody(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.Equal((title, organisation), (person.Title, person.Organisation));
    }

    [Theory]
    [InlineData("会上，高票当选为主席的是一位从教四十年的老党员。")]
    [InlineData("该社区全票当选为全区文明社区，居民们都很高兴。")]
    public void Extract_VoteBeforeElected_IsNoPerson(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("女双决赛中，王晓雯/陈思琪战胜韩国组合朴英姬/金敏珠，夺得冠军。", "王晓雯", "陈思琪")]
    [InlineData("魏都区乒乓球邀请赛混双决赛，张国栋/李雪梅以3∶1击败孙浩/周婷婷，获得冠军。", "张国栋", "李雪梅")]
    public void Extract_NamesJoinedByASlash_AreBothPeople(string body, string first, string second)
    {
        var names = Entities.Names(body, MentionKind.Person);

        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Fact]
    public void Extract_UnitsJoinedByASlash_AreNoPeople() =>
        Assert.Empty(Entities.Names("路段限速80公里/小时，沿线菜价约每斤3元/公斤。", MentionKind.Person));

    [Theory]
    [InlineData("电视剧《远方的家》制片人孙明表示，这部剧拍了整整三年。", "孙明", "制片人")]
    [InlineData("在魏都区残联的帮助下，按摩师刘建军开起了自己的推拿店。", "刘建军", "按摩师")]
    public void Extract_TradeBeforeAName_IsThePersonsTitle(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);

        Assert.Equal(title, person.Title);
    }
}
