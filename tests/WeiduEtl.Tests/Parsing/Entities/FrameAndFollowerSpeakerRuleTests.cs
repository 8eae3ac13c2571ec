using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A frame of occasion between a speaker and the verb (在致辞中说, 在座谈会上说) is no part of the speaker; words after
/// a name that show how it speaks (插话, 连声) end the name; 赞叹 is a verb of saying. Made-up sentences in the styles of
/// a national daily and a district page.
/// </summary>
public sealed class FrameAndFollowerSpeakerRuleTests
{
    [Theory]
    [InlineData("巴西总统萨博在新年致辞中说：“巴中合作前景广阔，两国人民友谊深厚。”", "萨博", "致辞")]
    [InlineData("“老旧小区改造让我们住得更舒心了。”社区网格员在入户走访时说。", "网格员", "走访")]
    public void Extract_FrameOfOccasionBeforeTheVerb_IsNoPartOfTheSpeaker(string body, string speaker, string frame)
    {
        var found = Entities.OnlyQuote(body).Speaker;

        Assert.NotNull(found);
        Assert.Contains(speaker, found);
        Assert.DoesNotContain(frame, found);
    }

    [Fact]
    public void Extract_CountryOpeningTheSpeakersClause_IsNoName()
    {
        const string body = "巴基斯坦学者阿里在接受本报记者采访时说：“中巴经济走廊造福两国人民，前景广阔。”";

        Assert.DoesNotContain("采访", Entities.OnlyQuote(body).Speaker);
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Person), n => n.StartsWith("巴基斯坦", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("“这个月底就能完工，请大家放心。”一旁的社区党支部书记王红插话说。", "王红")]
    [InlineData("“中国的发展令人钦佩，值得学习。”巴西总统索萨连声称赞。", "索萨")]
    public void Extract_NameBeforeHowItSpeaks_EndsBeforeIt(string body, string name)
    {
        Assert.Equal(name, Entities.OnlyQuote(body).Speaker);
        Assert.Contains(name, Entities.Names(body, MentionKind.Person));
    }

    [Theory]
    [InlineData("“中国高铁又快又稳，真了不起！”外国乘客纷纷赞叹。", "外国乘客")]
    [InlineData("“这里的风景太美了，下次还要来！”游客们纷纷赞叹。", "游客们")]
    public void Extract_GroupThatMarvels_Speaks(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);
}
