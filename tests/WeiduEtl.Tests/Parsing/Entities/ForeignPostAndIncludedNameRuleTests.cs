namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Foreign names before a post (卡洛斯总统), names inside 包括…在内, foreign pairs over a slash, Vietnamese and Burmese
/// four-letter names after a post, a householder's name before 家, and subjects before verbs of hurrying: made-up lines
/// in the styles of an evening paper, a sports page, a county report and a police bulletin.
/// </summary>
public sealed class ForeignPostAndIncludedNameRuleTests
{
    [Theory]
    [InlineData("晚宴开始前，市长和卡洛斯总统一同步入宴会厅。", "卡洛斯", "总统")]
    [InlineData("史密斯先生表示，新港口的吞吐量还会增长。", "史密斯", "先生")]
    [InlineData("代表团拜会了哈桑苏丹，转交了市长的信。", "哈桑", "苏丹")]
    public void Extract_ForeignNameBeforeAPost_IsAPerson(string body, string name, string title) =>
        Assert.Contains(Entities.People(body), p => p.Name == name && p.Title == title);

    [Theory]
    [InlineData("会见伊朗总统时，双方谈到了航线。")]
    [InlineData("摩纳哥亲王出席了开幕式。")]
    [InlineData("苏丹总统府发表声明。")]
    public void Extract_CountryOrPlaceBeforeAPost_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("包括吴振东在内的5名教师获评“最美乡村教师”。", "吴振东")]
    [InlineData("包括孔德胜、姚春燕在内的一批老职工被请上主席台。", "姚春燕")]
    public void Extract_NamesInsideIncluding_ArePeople(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Theory]
    [InlineData("包括杭州在内的多个城市出台了购房新政。")]
    [InlineData("包括高铁在内的交通网络日益完善。")]
    [InlineData("包括王家村在内的6个村通了自来水。")]
    public void Extract_PlaceOrThingInsideIncluding_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Fact]
    public void Extract_PartOfADottedNameBeforeAPost_TakesTheWholeName() =>
        Assert.Contains(Entities.People("总统致电哈米德·本·阿里，祝贺他当选。双方表示，愿同哈米德国王一道推动合作。"),
            p => p.Title == "国王" && p.Name == "哈米德·本·阿里");

    [Fact]
    public void Extract_ForeignPairOverASlash_AreTwoPeople()
    {
        var names = Entities.People("女双决赛中，两人负于组合克拉科娃/诺沃娜，获得亚军。").Select(p => p.Name).ToList();

        Assert.Contains("克拉科娃", names);
        Assert.Contains("诺沃娜", names);
    }

    [Theory]
    [InlineData("澳大利亚/新西兰联队获得第三名。")]
    [InlineData("列车最高时速350公里/小时。")]
    public void Extract_CountriesOrUnitsOverASlash_AreNoPeople(string body) =>
        Assert.Empty(Entities.People(body));

    [Theory]
    [InlineData("越南驻华大使阮氏秋香表示，两国贸易增长很快。", "阮氏秋香")]
    [InlineData("研究所资深研究员吴登貌乌表示，合作前景广阔。", "吴登貌乌")]
    public void Extract_SoutheastAsianNameAfterAPost_IsReadWhole(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Fact]
    public void Extract_ChineseWuBeforeAVerb_KeepsThreeLetters() =>
        Assert.Contains(Entities.People("镇党委书记吴德明表示，路要修到家门口。"), p => p.Name == "吴德明");

    [Theory]
    [InlineData("走访中，他走进村民吴长山家，看看院子，问问收成。", "吴长山")]
    [InlineData("供电所管理人员周立新忙着检查线路。", "周立新")]
    [InlineData("同在医院工作的妻子郭秀兰赶来照顾他。", "郭秀兰")]
    [InlineData("当地悍匪杜天虎伙同他人抢劫商铺。", "杜天虎")]
    public void Extract_NameAfterADescriptor_BeforeHomeOrHurry_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Theory]
    [InlineData("村民家家户户都装上了太阳能。")]
    [InlineData("群众高度评价这项工作。")]
    public void Extract_DescriptorBeforeOrdinaryWords_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Fact]
    public void Extract_TibetanNamesListedBeforeACount_AreThreePeople()
    {
        var names = Entities.People("救援中，扎西顿珠、次仁罗布、格桑多吉3名队员连夜上山。").Select(p => p.Name).ToList();

        Assert.Equal(["扎西顿珠", "次仁罗布", "格桑多吉"], names);
    }

    [Theory]
    [InlineData("特此通知。\n市象棋协会会长 郑怀远 \n2019年12月30日", "郑怀远")]
    [InlineData("祝大家新春快乐！\n校长 林慕白", "林慕白")]
    [InlineData("本条例自公布之日起施行。\n县长\u00a0潘立群\u00a0\n2020年1月2日", "潘立群")]
    public void Extract_SignatureAfterAPostAndASpace_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Theory]
    [InlineData("总经理 表示 欢迎")]
    [InlineData("校长 高度重视 安全工作")]
    public void Extract_WordsAfterAPostAndASpace_AreNoPerson(string body) =>
        Assert.Empty(Entities.People(body));
}
