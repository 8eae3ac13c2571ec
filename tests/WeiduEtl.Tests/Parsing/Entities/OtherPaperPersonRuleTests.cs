namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// People as evening papers, police and court columns, sports pages and county news name them: words after a role
/// that open with a surname's letter (球员时期, 民警成功抓获), 进行 after a name, a list of posts whose next body opens
/// like a name (某区民政局), 同志 after a full name, people named by their home town (某地人某某、某某), a kin word after
/// two letters (某某大姐), a quoted role before two letters the article repeats (“片警”某某), a full name after a
/// descriptor that comes back on its own, 交警 and 社工 as posts, and a long list after a descriptor with rarer surnames
/// and a two-letter name, and two full names before 等 and a noun of people. Made-up sentences.
/// </summary>
public sealed class OtherPaperPersonRuleTests
{
    [Theory]
    [InlineData("他在球员时期就入选了国家队。")]
    [InlineData("派出所民警成功抓获一名嫌疑人。")]
    [InlineData("全县推动领导方式转变。")]
    [InlineData("民警乔装成顾客进入店内，老板钱财被骗一空。")]
    [InlineData("广东人常说，饮茶要慢。")]
    public void Extract_WordOpeningWithASurnameLetterAfterARole_IsNoPerson(string body) =>
        Assert.Empty(Entities.People(body));

    [Fact]
    public void Extract_NameBeforeJinxing_IsTwoLetters()
    {
        var person = Assert.Single(Entities.People("所长王海进行了部署，要求各组连夜排查。"));
        Assert.Equal(("王海", "所长"), (person.Name, person.Title));
    }

    [Fact]
    public void Extract_ListOfPostsWhoseNextBodyOpensLikeAName_ReadsEachPostApart()
    {
        var people = Entities.People("会上，汉阳区文旅局局长陈明、江岸区民政局局长刘建华、后湖街道党工委书记孙立分别发言。");
        Assert.Equal(["陈明", "刘建华", "孙立"], people.Select(p => p.Name));
        Assert.Equal("江岸区民政局", people[1].Organisation);
    }

    [Fact]
    public void Extract_FullNameBeforeComrade_IsAPerson() =>
        Assert.Equal(["孙德明"], Entities.People("早在建厂之初，孙德明同志就提出了这个设想。").Select(p => p.Name));

    [Theory]
    [InlineData("警方查明，涉案人员为信阳人吴德才、邱红兵、张斌。", new[] { "吴德才", "邱红兵", "张斌" })]
    [InlineData("湖南人刘建国说，这里的米粉最地道。", new[] { "刘建国" })]
    public void Extract_NamesAfterAHomeTown_ArePeopleWithNoTitle(string body, string[] names)
    {
        var people = Entities.People(body);
        Assert.Equal(names, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Null(p.Title));
    }

    [Fact]
    public void Extract_TwoLettersBeforeAKinWord_AreAName() =>
        Assert.Equal(["王芳"], Entities.People("热心居民王芳大姐每天帮邻居取快递。").Select(p => p.Name));

    [Fact]
    public void Extract_TwoLettersAfterAQuotedRoleThatTheArticleRepeats_AreTheHolderOfThatPost()
    {
        var person = Entities.People("滨江派出所“片警”周强走访商户。周强发现一家店铺门口堆满杂物。周强说，消防通道不能堵。")[0];
        Assert.Equal(("周强", "片警", "滨江派出所"), (person.Name, person.Title, person.Organisation));
    }

    [Fact]
    public void Attribute_NameAfterADescriptorThatComesBackOnItsOwn_IsAPersonAndTheSpeaker()
    {
        const string body = "“这片菜地是我们的宝贝。”居民孟庆林兴致勃勃地带着记者参观。\n“以前这里全是垃圾。”孟庆林笑着说。";
        Assert.Contains(Entities.People(body), p => p.Name == "孟庆林");
        Assert.All(Entities.Extract(body).Quotes, q => Assert.Equal("孟庆林", q.Speaker));
    }

    [Theory]
    [InlineData("值勤的交警吴建军拦下了这辆车。", "吴建军", "交警")]
    [InlineData("当天的联欢会由专职社工林晓燕主持。", "林晓燕", "专职社工")]
    public void Extract_TrafficPoliceAndSocialWorker_ArePosts(string body, string name, string title)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, title), (person.Name, person.Title));
    }

    [Fact]
    public void Extract_LongListAfterADescriptor_TakesRarerSurnamesAndTwoLetterNames() =>
        Assert.Equal(["吴国华", "区志明", "陈建军", "黄卫东", "林涛"],
            Entities.People("沙龙上，篮球名宿吴国华、区志明、陈建军、黄卫东、林涛等人回顾了往事。").Select(p => p.Name));

    [Fact]
    public void Extract_ListWithARarerSurnameOfTwoLetters_ReadsOnToTheEnd() =>
        Assert.Equal(["邓志坚", "麦斌", "区伟明", "黄国强", "陈立新"], Entities.People("当年的队友邓志坚、麦斌、区伟明、黄国强、陈立新等人也来到了现场。").Select(p => p.Name));

    [Theory]
    [InlineData("县里给周秉文、钱玉霞等返乡创业的青年企业家颁了奖。", new[] { "周秉文", "钱玉霞" })]
    [InlineData("晚会由王建国、李红梅等人主持。", new[] { "王建国", "李红梅" })]
    [InlineData("要坚持高质量、高标准等方面的要求。", new string[0])]
    public void Extract_TwoFullNamesBeforeEtcAndANounOfPeople_AreAList(string body, string[] names) =>
        Assert.Equal(names, Entities.People(body).Select(p => p.Name));
}
