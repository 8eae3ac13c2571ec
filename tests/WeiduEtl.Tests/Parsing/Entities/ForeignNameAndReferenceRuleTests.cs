using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// The rules written from the second round of rule-writing pages, each on made-up sentences in a national daily's
/// style and a city daily's: foreign names, countries, former holders, bare units that refer back, names joined by 与,
/// names that open clauses, back-to-back quotations and a body's statement.
/// </summary>
public sealed class ForeignNameAndReferenceRuleTests
{
    [Theory]
    [InlineData("智利总统皮涅拉当天指出，两国合作前景广阔。", "皮涅拉", "总统", "智利")]
    [InlineData("新西兰总理阿德恩表示，愿同中方加强合作。", "阿德恩", "总理", "新西兰")]
    [InlineData("外籍教练员萨拉赫说，孩子们进步很快。", "萨拉赫", "教练员", null)]
    public void Extract_ForeignNameWithoutDotAfterTitle_IsAPersonOfTheCountryBefore(string body, string name, string title, string? organisation)
    {
        var person = Entities.People(body).First(p => p.Title is not null);
        Assert.Equal((name, title, organisation), (person.Name, person.Title, person.Organisation));
        Assert.DoesNotContain(Entities.People(body), p => p.Name.Length == 2 && organisation is not null && organisation.StartsWith(p.Name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("柬埔寨前副首相、柬中友好协会会长索安·洪森巴表示，合作成果丰硕。", "索安·洪森巴", "会长")]
    [InlineData("村委会主任阿不都·热合曼介绍，今年新修了两条路。", "阿不都·热合曼", "主任")]
    public void Extract_DottedNameAfterTitle_KeepsTheTitle(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Contains(title, person.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("江北市第一人民医院原院长周立平说，", "周立平", "原院长", "江北市第一人民医院")]
    [InlineData("魏都区文化馆原馆长孙红梅回忆说，", "孙红梅", "原馆长", "魏都区文化馆")]
    public void Extract_FormerHolder_KeepsTheOrganisationBeforeTheTitle(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, title, organisation), (person.Name, person.Title, person.Organisation));
    }

    [Theory]
    [InlineData("记者来到杨树湾村。村党支部书记刘德胜告诉记者，今年种了新品种。", "刘德胜", "杨树湾村")]
    [InlineData("这是湖南湘西的十八里村。走在村道上的村党支部书记龙国华说，日子越过越好。", "龙国华", "十八里村")]
    public void Extract_BareVillageBeforeTitle_RefersBackToTheVillageNamedBefore(string body, string name, string village)
    {
        var person = Assert.Single(Entities.People(body), p => p.Name == name);
        Assert.Equal((village, "title-name-reference-back"), (person.Organisation, person.Rule));
    }

    /// <summary>Organisations with 与 or a stop letter inside, and full names that open two clauses.</summary>
    [Theory]
    [InlineData("国家海洋与渔业研究中心发布报告。", MentionKind.Organisation, "国家海洋与渔业研究中心")]
    [InlineData("许昌市文化与旅游服务中心推出新线路。", MentionKind.Organisation, "许昌市文化与旅游服务中心")]
    [InlineData("据中国驻智利大使馆消息，", MentionKind.Organisation, "中国驻智利大使馆")]
    [InlineData("河南省能源局发布通知。", MentionKind.Organisation, "河南省能源局")]
    [InlineData("王建新因病去世，享年70岁。同事们回忆，王建新总能找到新闻的闪光点。", MentionKind.Person, "王建新")]
    [InlineData("这一年，林秀珍总是第一个进村。说起那段日子，林秀珍最难忘的是乡亲们的笑脸。", MentionKind.Person, "林秀珍")]
    public void Extract_NameTheNewRulesRead_IsFoundWhole(string body, MentionKind kind, string name) =>
        Assert.Contains(name, Entities.Names(body, kind));

    [Theory]
    [InlineData("学校与医院联合开展活动。")]
    [InlineData("居民与社区服务中心保持联系。")]
    public void Extract_TwoNounsJoinedByConjunction_AreNoOneOrganisation(string body) =>
        Assert.DoesNotContain(Entities.Names(body, MentionKind.Organisation), o => o.Contains('与', StringComparison.Ordinal));

    [Theory]
    [InlineData("高质量是发展的要求。推动高质量发展，高质量的标准要落实。")]
    [InlineData("王建新因病去世，享年70岁。")]
    public void Extract_WordOrNameOpeningOneClause_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("（本报记者王小明、李华、赵刚）")]
    [InlineData("新华社北京1月5日电（记者孙伟、钱明、周游）")]
    public void Extract_BylineNameList_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("“今年收成好。”“明年还要扩大规模！”种植户张大勇说。", "张大勇")]
    [InlineData("“这是我们的承诺。”“请大家监督！”社区主任王丽霞说。", "王丽霞")]
    public void Extract_BackToBackQuotations_AreTheSameSpeakers(string body, string speaker)
    {
        var quotes = Entities.Extract(body).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(speaker, q.Speaker));
    }

    [Theory]
    [InlineData("1月5日，国家统计局发布消息：“上月物价总体平稳，涨幅回落。”", "国家统计局")]
    [InlineData("清明将至，魏都区民政局发出倡议：“文明祭扫，绿色出行。”", "魏都区民政局")]
    public void Extract_BodyBeforeColon_IsTheSpeaker(string body, string speaker) =>
        Assert.Equal((speaker, "quote-body-colon"), Entities.OnlyQuote(body));

    [Theory]
    [InlineData("“推进全面从严治党向纵深发展”。2019年5月，在全市大会上，市委书记赵东来作出部署。", "赵东来")]
    [InlineData("“把群众的小事当成自己的大事”。去年以来，街道党工委书记钱立群一直这样要求。", "钱立群")]
    public void Extract_QuotationEndingBeforeFullStop_TakesThePersonOfTheNextSentence(string body, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Entities.Extract(body).Quotes).Speaker);

    [Theory]
    [InlineData("中国男足国家队（归化）球员布朗宁受邀出席。", "布朗宁", "中国男足国家队")]
    [InlineData("北京大学物理学院的陈晓光教授介绍，", "陈晓光", "北京大学物理学院")]
    public void Extract_NoteOrDeBetweenOrganisationAndTitle_KeepsTheOrganisation(string body, string name, string organisation)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, organisation), (person.Name, person.Organisation));
    }
}
