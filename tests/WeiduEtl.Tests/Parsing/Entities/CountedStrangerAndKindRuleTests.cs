using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Someone brought in by a count instead of a name (一位女士, 一名外国观众) speaks as described and is whom a later
/// 他/她 means; a name the text says the kind of (某某是一家…公司) and names listed before a count of bodies are
/// organisations'; a company's chief printed in Latin letters (CEO), a team's 领队 and an envoy are posts, and 萧 a
/// surname. Made-up sentences in the styles of a national daily and a district page.
/// </summary>
public sealed class CountedStrangerAndKindRuleTests
{
    [Theory]
    [InlineData("在展会的中国馆，一名法国观众仔细试用了新款耳机后说，“音质很好，价格也合适。”", "一名法国观众")]
    [InlineData("活动现场热闹非凡。一位老党员认真看完展板后说，“社区的变化大家都看得见。”", "一位老党员")]
    public void Extract_CountedPersonOpensTheClause_SpeaksAsDescribed(string body, string speaker) =>
        Assert.Equal(speaker, Entities.OnlyQuote(body).Speaker);

    [Theory]
    [InlineData("公司总经理王建国介绍了新产品。一位女士在样品前试了几次，她连声说：“真方便，我要买一台。”", "一位女士")]
    [InlineData("社区主任李红梅带大家参观了新食堂。一名老人在窗口前打了饭，他笑着说：“饭菜可口，价钱实惠。”", "一名老人")]
    public void Extract_PronounAfterACountedPerson_MeansThatPersonNotTheLastName(string body, string speaker) =>
        Assert.Equal(speaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("来自德国的Lumo是一家智能照明公司，今年首次参展。", "Lumo")]
    [InlineData("据了解，鑫源优品是一家本地农产品电商企业，带动了周边农户增收。", "鑫源优品")]
    public void Extract_NameSaidToBeABodyOfAKind_IsAnOrganisation(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("张明是一家公司的老板，经常参加公益活动。")]
    [InlineData("该公司是一家老字号企业，已有百年历史。")]
    public void Extract_BodyOwnedOrReferredBack_IsNoNewOrganisation(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), n => n.StartsWith('张') || n.StartsWith('该'));

    [Theory]
    [InlineData("“研发投入还要加大。”星河互娱CEO陈志远说。", "陈志远", "CEO")]
    [InlineData("魏都区一家电商企业CTO刘晓峰介绍，平台已接入上百家商户。", "刘晓峰", "CTO")]
    public void Extract_LatinChiefBeforeAName_IsThePersonsPost(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal(title, person.Title);
    }

    [Theory]
    [InlineData("展会吸引了包括星辰、ABC、蓝海等300多家海外企业参展。", new[] { "星辰", "ABC", "蓝海" })]
    [InlineData("魏都区今年引进了鑫达、华盛等12家企业，带动就业上千人。", new[] { "鑫达", "华盛" })]
    public void Extract_NamesListedBeforeACountOfBodies_AreOrganisations(string body, string[] organisations)
    {
        var found = Entities.Names(body, MentionKind.Organisation);
        Assert.All(organisations, o => Assert.Contains(o, found));
    }

    [Theory]
    [InlineData("钢铁、水泥等企业要加快转型升级。")]
    [InlineData("王涛、李军等5家企业负责人参加了座谈。")]
    public void Extract_TradesOrPeopleBeforeBodies_AreNoOrganisations(string body) =>
        Assert.Empty(Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("也门政府与各方代表在会上签署了协议。", "也门政府")]
    [InlineData("日前，也门驻华大使馆一行来到魏都区参观。", "也门驻华大使馆")]
    public void Extract_CountryOpeningWithAStopLetter_OpensTheBodysName(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("“全体队员平安。”科学考察队领队赵海平说。", "赵海平", "领队")]
    [InlineData("联合国秘书长特使马丁·格林表示，将继续斡旋。", "马丁·格林", "特使")]
    public void Extract_LeaderOrEnvoyBeforeAName_IsThePersonsPost(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.EndsWith(title, person.Title);
    }

    [Theory]
    [InlineData("习近平总书记走进贫困群众家中。这份关怀温暖着每一名贫困群众。“我最牵挂的还是困难群众。”", "一名贫困群众")]
    [InlineData("第一位志愿者来自东大街道。她说：“能帮上忙就高兴。”", "一位志愿者")]
    public void Extract_EveryOneOrTheFirstOfMany_IsNoStrangerBroughtIn(string body, string notSpeaker) =>
        Assert.NotEqual(notSpeaker, Entities.LastQuote(body).Speaker);

    [Theory]
    [InlineData("新建的会议中心日前正式交付坦桑尼亚政府。", "坦桑尼亚政府")]
    [InlineData("案件线索已移交魏都区人民检察院。", "魏都区人民检察院")]
    public void Extract_BodyAfterAVerbOfHandingOver_OpensAfterTheVerb(string body, string organisation) =>
        Assert.Contains(organisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("索马里北部部落长老与政府官员举行了会谈。", "索马里北部部")]
    [InlineData("当时鑫源公司账上只有几百元。", "当时鑫源公司")]
    public void Extract_TribeAndThen_AreNoPartOfABodysName(string body, string notOrganisation) =>
        Assert.DoesNotContain(notOrganisation, Entities.Names(body, MentionKind.Organisation));

    [Theory]
    [InlineData("“用户愿意为好内容买单。”星云游戏CEO萧文杰说。", "萧文杰")]
    [InlineData("区文联主席萧红梅介绍，今年将举办三场书画展。", "萧红梅")]
    public void Extract_NameWithTheSurnameXiao_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);
}
