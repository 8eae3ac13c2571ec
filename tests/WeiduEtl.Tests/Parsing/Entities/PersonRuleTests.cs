using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

public sealed class PersonRuleTests
{
    [Theory]
    [InlineData("日前，魏都区东大街道办事处主任王立新带队走访辖区商户。", "王立新", "主任", "魏都区东大街道办事处")]
    [InlineData("会上，鄢陵县农业农村局党组书记、局长孙海峰作了发言。", "孙海峰", "党组书记、局长", "鄢陵县农业农村局")]
    [InlineData("长沙市天心区坡子街街道党工委副书记刘佳琪介绍了情况。", "刘佳琪", "党工委副书记", "长沙市天心区坡子街街道")]
    public void Extract_OrganisationTitleName_KeepsAllThree(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, title, organisation, "title-name"), (person.Name, person.Title, person.Organisation, person.Rule));
    }

    [Theory]
    [InlineData("记者来到建设路社区。该社区党支部书记赵红梅告诉记者，", "建设路社区")]
    [InlineData("广州市越秀区农林街道东山社区位于老城中心。该社区党委书记陈晓东说，", "广州市越秀区农林街道东山社区")]
    public void Extract_ReferenceBackToCommunity_ResolvesTheOrganisationNamedBefore(string body, string organisation)
    {
        var person = Entities.People(body).First(p => p.Title is not null);
        Assert.Equal(organisation, person.Organisation);
        Assert.Equal("title-name-reference-back", person.Rule);
    }

    [Theory]
    [InlineData("区领导张建国、李森、徐光参加活动。", new[] { "张建国", "李森", "徐光" })]
    [InlineData("市领导王海、刘志刚出席仪式。", new[] { "王海", "刘志刚" })]
    public void Extract_RoleThenNameList_GivesEachPersonTheRole(string body, string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal("role-list", p.Rule));
        Assert.All(people, p => Assert.NotNull(p.Title));
    }

    [Theory]
    [InlineData("魏都城管局局长周海燕说，今年以来成效明显。周海燕表示，下一步还要加强。", "周海燕", 2)]
    [InlineData("社区网格员林晓红每天入户。林晓红说：“这是我的本分。”", "林晓红", 2)]
    public void Extract_NameAgainAfterIntroduction_IsAnotherMentionOfTheSamePerson(string body, string name, int count)
    {
        var people = Entities.People(body);
        Assert.Equal(count, people.Count(p => p.Name == name));
        Assert.Contains(people, p => p.Rule == "known-name" && p.Title is null);
    }

    [Fact]
    public void Extract_NameBeforeTitle_IsAPerson()
    {
        var person = Assert.Single(Entities.People("10月1日，习近平总书记在大会上发表重要讲话。"));
        Assert.Equal(("习近平", "总书记", "name-title"), (person.Name, person.Title, person.Rule));
    }

    [Theory]
    [InlineData("瓜农鲁小国说，每次来都受到帮助。", "鲁小国")]
    [InlineData("居民张秀兰告诉记者，楼道亮了。", "张秀兰")]
    public void Extract_DescriptorThenName_IsAPersonWithoutTitle(string body, string name)
    {
        var person = Entities.People(body).First();
        Assert.Equal((name, (string?)null), (person.Name, person.Title));
    }

    [Theory]
    [InlineData("记者了解到，商户们对此很满意，瓜农也纷纷点赞。")]
    [InlineData("局长表示，要深入学习“枫桥经验”。")]
    [InlineData("群众关心的事就是大事，业主代表也参与了讨论。")]
    [InlineData("全面学习贯彻《中国共产党章程》，牢记“不忘初心、牢记使命”。")]
    public void Extract_GenericPeopleReportersSlogansAndTitles_AreNoPeople(string body) => Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("该公司董事长兼首席执行官杰克·史密斯专程飞抵现场。", "杰克·史密斯", "首席执行官")]
    [InlineData("联合国秘书长安东尼奥·古特雷斯表示，各方应保持克制。", "安东尼奥·古特雷斯", "秘书长")]
    public void Extract_TitleThenDottedForeignName_ReadsTheWholeName(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal(name, person.Name);
        Assert.EndsWith(title, person.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10岁的王小明本来要去上学，", "王小明")]
    [InlineData("帮扶联系人李晓红始终保持着联系。", "李晓红")]
    [InlineData("社区网格员赵春燕一直在现场。", "赵春燕")]
    public void Extract_NameBeforeAnAdverb_IsAPerson(string body, string name) =>
        Assert.Contains(name, Entities.People(body).Select(p => p.Name));

    [Theory]
    [InlineData("在“草原飞人”赵鸣远的带领下，选手们出发了。", "赵鸣远")]
    [InlineData("“最美村医”刘春华说，乡亲们信任她。", "刘春华")]
    public void Extract_NameAfterAQuotedEpithet_IsAPerson(string body, string name)
    {
        var person = Assert.Single(Entities.People(body), p => p.Rule == "epithet-name");
        Assert.Equal((name, null), (person.Name, person.Title));
    }

    [Theory]
    [InlineData("他们打造“五星”支部，推行“服务型执法”理念。")]
    [InlineData("推进“放管服”改革，“最多跑一次”高效便民。")]
    [InlineData("马来西亚和印度尼西亚的代表出席会议。")]
    public void Extract_QuotedTermsAndCountryNames_AreNoPeople(string body) => Assert.Empty(Entities.People(body));
}
