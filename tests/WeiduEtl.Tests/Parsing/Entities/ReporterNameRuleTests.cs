using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A reporter a sentence names as someone who does or says something, after the outlet the article mentions (某分社记者某某、
/// 某网记者某某组成的采访团, 《某周报》记者某某在车站采访): 记者 is the post, the outlet the body. Credits (（记者某某）, 本报记者某某,
/// 某晚报记者 某某 摄) name no such person. Made-up sentences in a city daily's, a national daily's and a county paper's style.
/// </summary>
public sealed class ReporterNameRuleTests
{
    [Theory]
    [InlineData("日前，省日报社江北分社记者周晓明、市广播电视台记者林海涛组成的采访组到村里调研。", new[] { "周晓明", "林海涛" })]
    [InlineData("“变化太大了。”《南方周报》记者陈海燕在车站采访时说。", new[] { "陈海燕" })]
    [InlineData("当天，湖南日报社衡阳分社记者王志刚跟随巡河队走了一整天。", new[] { "王志刚" })]
    public void Extract_ReporterAfterAnOutletTheArticleMentions_HoldsThePostOfReporter(string body, string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("记者", p.Title));
        Assert.All(people, p => Assert.NotNull(p.Organisation));
    }

    [Theory]
    [InlineData("本报北京1月1日电（记者马卓言）国务委员会见了来访的客人。")]
    [InlineData("本报记者张伟报道：全市新建了十个停车场。")]
    [InlineData("图为游客在景区赏花。市晚报记者 王强 摄")]
    public void Extract_ReporterInACredit_IsNoPerson(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Title == "记者");

    [Theory]
    // An adverb after an outlet's 记者 whose first letter is a surname's (常年) opens no name.
    [InlineData("当年，省日报社记者常年驻村采访。")]
    public void Extract_WordAfterAnOutletsReporter_IsNoName(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Title == "记者");
}
