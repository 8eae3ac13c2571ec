namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Speakers as evening papers, city dailies and county news introduce and follow them: an old person named with the
/// epithet, a 大伯 met in the street, a new voice after 另一边，, a form of address after the office it works in, 这是他
/// 告诉…的, a name after a description ending in 的 (…的某某一见到记者就诉说道), 爽快答应, and a name opening its
/// paragraph with a description (某某，福州人，…) that a later 他 and post form mean.
/// Made-up sentences.
/// </summary>
public sealed class OtherPaperSpeakerRuleTests
{
    [Fact]
    public void Attribute_EpithetAfterAnotherSpeaker_IsThePersonNamedWithTheEpithet()
    {
        const string body = "社区居民刘桂芳今年七十八岁。刘桂芳老人每天推着小车去捡瓶子。社区主任孙建华介绍，老人一个人住了十几年。“捡的瓶子卖了钱，我都捐给学校。”老人说。";
        Assert.Equal(("刘桂芳", "quote-address-named"), Entities.LastQuote(body));
    }

    [Fact]
    public void Attribute_PronounAfterUncleMetInTheStreet_IsThatUncle()
    {
        const string body = "网友吴晓东在论坛上发帖，引来不少人留言。\n在巷子里住了三十年的刘大伯提着菜篮经过。他说，这条路修好以后方便多了，“以前下雨天根本出不了门。”";
        Assert.Equal("刘大伯", Entities.LastQuote(body).Speaker);
    }

    [Theory]
    [InlineData("在公园门口，记者遇到带着孙子散步的周阿姨，她说，今天天气好，出来走走，“家里待久了闷得慌！”另一边，李女士正推着自行车往外走，“我约了朋友去吃早茶。”", "李女士")]
    [InlineData("“今年的菜价比去年稳。”摊主赵建国说。随后，孙师傅拎着两袋白菜过来，“这是给食堂买的。”", "孙师傅")]
    public void Attribute_NewPersonOpensAClauseAfterTheLastAttribution_IsThatPerson(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Fact]
    public void Attribute_SpeakerStillContinuesWhenOnlyTheyAreNamedAgain()
    {
        const string body = "“今年的菜价比去年稳。”摊主赵建国说，他一早就进了货，“白菜一块二一斤。”";
        Assert.Equal("赵建国", Entities.LastQuote(body).Speaker);
    }

    [Fact]
    public void Attribute_FormOfAddressAfterTheOfficeItWorksIn_IsTheFormAlone()
    {
        const string body = "负责这片道路的鼓楼区建管局市政科郑主任说，路面改造下个月开工，“工期大约四十天。”";
        Assert.Equal("郑主任", Entities.LastQuote(body).Speaker);
    }

    [Fact]
    public void Attribute_ThisIsWhatHeToldSomeone_IsThePronounsReferent()
    {
        const string body = "桃园村党支部书记陈立新种了二十年桃树。\n今年情况完全不同了，“桃子还没熟就被订光了，明年我还要再扩种几亩。”这是他告诉前来调研的县长的好消息。";
        Assert.Equal(("陈立新", "quote-after"), Entities.LastQuote(body));
    }

    [Theory]
    [InlineData("记者来到村民家中，坐在院子里剥玉米的何秀英一见到记者就诉说道：“今年的玉米收成比去年好多了。”", "何秀英")]
    [InlineData("“明天一早我就把旧衣服送过来。”邻居张宏伟爽快答应。", "张宏伟")]
    [InlineData("“这条路修通以后，孩子上学再也不用绕远路了。”\n村民彭玉兰站在新修的路边，笑得合不拢嘴。", "彭玉兰")]
    public void Attribute_SpeakerInALongClauseOrAnsweringOrInTheNextSentence_IsFound(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Fact]
    public void Attribute_NameOpeningItsParagraphWithADescription_IsWhomHeAndThePostFormMean()
    {
        const string body = "赵国庆说：“这次回家要待一个月。”\n郑立明，福州人，是一名中学老师。记者在站台采访了他。他笑着说：“这座城市每年都有新变化。”\n郑老师也提到了不足：“出租车太难打了。”";
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(["赵国庆", "郑立明", "郑立明"], quotes.Select(q => q.Speaker));
    }
}
