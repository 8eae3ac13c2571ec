using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A web paper's dateline before a colon opens the report as 本报讯 does; a doer's word before a name (顾客, 车主) is no part
/// of the name; a place a movement reaches (跑到车前) is no speaker. Made-up sentences in the styles of a city news site,
/// an evening paper's market page and a county report.
/// </summary>
public sealed class DatelineDoerAndPlaceSpeakerRuleTests
{
    [Fact]
    public void Extract_QuotationAfterAWebDatelineColon_IsSpokenByTheNextSentencesPerson()
    {
        const string body = "江城新闻网讯：“路灯亮了，晚上遛弯心里踏实多了。”家住东湖街道的居民周桂芬看着门前新装的路灯，高兴地对记者说起小区的变化。";

        Assert.Equal("周桂芬", Entities.OnlyQuote(body).Speaker);
    }

    [Fact]
    public void Extract_NameWhoseSecondLetterEndsADoersWord_SpeaksWhole() =>
        Assert.Equal("李东华", Entities.OnlyQuote("村民李东华告诉记者：“今年的苹果又是大丰收。”").Speaker);

    [Theory]
    [InlineData("村民李东华今年58岁，是村里的老党员。", "李东华")]
    [InlineData("退休教师王东林今年已经75岁了，每天还去文化站。", "王东林")]
    public void Extract_NameWhoseSecondLetterEndsADoersWord_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("顾客王海说：“今天的菜价不贵，我多买了点。”", "王海")]
    [InlineData("车主刘建国告诉记者：“这条路修好以后，进城只要二十分钟。”", "刘建国")]
    [InlineData("房东孙丽表示：“租金今年不涨了。”", "孙丽")]
    public void Extract_DoersWordBeforeAName_IsNoPartOfTheName(string body, string name)
    {
        Assert.Equal(name, Entities.OnlyQuote(body).Speaker);
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Person), n => n.Length > name.Length && n.EndsWith(name[..^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("他是老果农张友方，张友方表示：“今年的苹果甜。”", "张友方")]
    public void Extract_NameWhoseSecondLetterIsADoersLetter_StaysWhole(string body, string name) =>
        Assert.Equal(name, Entities.LastQuote(body).Speaker);

    [Fact]
    public void Extract_PlaceAMovementReaches_IsNoSpeaker()
    {
        const string body = "雨越下越大，一位老人赶忙跑到车前表示，自己家就在前面，“您捎我一段就行。”";

        Assert.DoesNotContain("车前", Entities.Names(body, MentionKind.Person));
        Assert.NotEqual("车前", Entities.OnlyQuote(body).Speaker);
    }

    [Theory]
    [InlineData("暴雨夜，社区网格员刘静听到雨声就起了床，她顶着大雨查看积水。", "刘静")]
    [InlineData("第二天一早，菜农赵军发现大棚的膜被风掀开了。", "赵军")]
    public void Extract_TwoLetterNameAfterADescriptorBeforeACommonVerb_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));

    [Theory]
    [InlineData("业主代表发言后，大家纷纷鼓掌。")]
    [InlineData("群众关心的事，件件有着落。")]
    public void Extract_TwoLetterWordAfterADescriptor_IsNoName(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Person));
}
