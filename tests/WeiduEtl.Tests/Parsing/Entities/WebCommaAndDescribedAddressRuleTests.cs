namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// A speaker with a verb earlier in the sentence before is read after a web copy's ASCII comma as after a full-width one
/// (村民某叔热情地告诉记者,…。“…”); a surname and a kin honorific before a dictionary word (陈叔|热情地) is a form of address, no
/// three-letter name (陈叔热); and a form of address after a word for a kind of person (村民陈叔) brings in someone new, not the person
/// named before with that surname, unless a full name follows the form (店主老陈名叫某某某, read on the corpus's page).
/// Made-up sentences in a county paper's, a repost site's and a city paper's style.
/// </summary>
public sealed class WebCommaAndDescribedAddressRuleTests
{
    [Theory]
    [InlineData("村支书王建国介绍了情况。村民王叔热情地告诉记者,大家都支持修路。“路修好了,我们出门就方便了。”", "王叔")]
    [InlineData("站长李明华带队检查。居民李姐耐心地解释说,小区里的路灯早就坏了。“现在亮了,晚上出门也不怕了。”", "李姐")]
    [InlineData("镇长赵志强来了。村民赵伯高兴地告诉记者,今年收成好。“多亏了新修的水渠。”", "赵伯")]
    public void Extract_DescribedFormOfAddressAfterAWebComma_SpeaksAsPrinted(string body, string speaker)
    {
        var found = Entities.Extract(body);
        Assert.Equal(speaker, found.Quotes[^1].Speaker);
        Assert.DoesNotContain(found.Mentions, m => m.Name.Length > speaker.Length && m.Name.StartsWith(speaker, StringComparison.Ordinal));
    }

    [Theory]
    // A name with a kin letter as given name (王叔平) before a manner phrase stays a name; a form printed with no kind before
    // it is the person named before with its surname.
    [InlineData("村民王叔平热情地告诉记者,大家都支持修路。“路修好了,我们出门就方便了。”", "王叔平")]
    [InlineData("村支书王建国介绍了情况。王叔热情地告诉记者,大家都支持修路。“路修好了,我们出门就方便了。”", "王建国")]
    public void Extract_NameOrExplainedForm_IsTheNamedSpeaker(string body, string speaker) =>
        Assert.Equal(speaker, Entities.Extract(body).Quotes[^1].Speaker);

    [Theory]
    // A given name's letter is not read from a manner word with 地 (由衷地, 热情地, 认真地) after a kind of person and a name.
    [InlineData("城市的变化也让环卫工人李芳由衷地感叹,“街道越来越干净了。”", "李芳")]
    [InlineData("看到记者,志愿者王敏热情地介绍说,“这里每天都有人来。”", "王敏")]
    [InlineData("面对顾客的疑问,店员张丽认真地解释道,“这款产品不退换。”", "张丽")]
    [InlineData("队员刘建国热情地说,“欢迎大家来。”", "刘建国")]
    [InlineData("看到大家,网格员赵国强热情地打招呼,“欢迎欢迎。”", "赵国强")]
    public void Extract_NameBeforeAMannerWordWithDi_EndsBeforeTheWord(string body, string name) =>
        Assert.Equal(name, Entities.Extract(body).Quotes[^1].Speaker);
}
