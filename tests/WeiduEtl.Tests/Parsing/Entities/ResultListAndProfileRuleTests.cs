using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>
/// Rules from the held-out misses: sports results and profiles name people without a title (lists before 各获,
/// 来自…的 + name, 棋手 + name, a subject that recurs and speaks, 刘斌是…党委书记), chains of posts each with its body,
/// and numerals inside given names. Each on made-up sentences in the style of a national daily (人民日报) and of a
/// district page (许昌日报).
/// </summary>
public sealed class ResultListAndProfileRuleTests
{
    [Theory]
    [InlineData("中国队选手共获6枚金牌，王晓东、刘芳、于海洋各获两冠，陈子豪和杨思远各摘一金。", new[] { "王晓东", "刘芳", "于海洋", "陈子豪", "杨思远" })]
    [InlineData("全市中学生田径赛落幕，魏都区的选手李明阳、赵雪、于佳琪分获前三名。", new[] { "李明阳", "赵雪", "于佳琪" })]
    public void Extract_NamesListedBeforeAResult_AreEachAPerson(string body, string[] names) =>
        Assert.Equal(names, Entities.People(body).Select(p => p.Name));

    [Theory]
    [InlineData("来自吉林省体育局雪上运动管理中心的郑海涛以总分58.2分获得第一名。", "郑海涛")]
    [InlineData("来自许昌市实验中学的王梓涵、魏都区第一小学的刘一鸣分获二、三等奖。", "王梓涵")]
    public void Extract_NameAfterTheBodyThePersonComesFrom_IsAPersonWithoutTitle(string body, string name)
    {
        var person = Entities.People(body).First();
        Assert.Equal((name, null, null, "affiliated-name"), (person.Name, person.Title, person.Organisation, person.Rule));
        Assert.Contains(Entities.Extract(body).Mentions, m => m.Kind == MentionKind.Organisation && !m.Name.StartsWith("来自", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleAfterTheBodyAndDe_IsNoAffiliatedName() =>
        Assert.DoesNotContain(Entities.People("“线路刚刚开通。”许昌市公交集团公司的公交司机赵宏伟说。"), p => p.Name == "公交");

    [Theory]
    [InlineData("现任世界冠军、中国棋手许文静执黑取胜。赛后许文静接受了采访。", "许文静")]
    [InlineData("挑战者、俄罗斯棋手卡莉金娜，将比分扳平。", "卡莉金娜")]
    [InlineData("比赛中，他负于哈萨克斯坦新星萨巴耶娜，获得亚军。", "萨巴耶娜")]
    [InlineData("她真诚地感谢搭档彭莉：“能和她合作我非常开心。”", "彭莉")]
    public void Extract_PlayerNamedByGameOrRank_IsAPerson(string body, string name) =>
        Assert.Equal(name, Entities.People(body).First().Name);

    [Fact]
    public void Extract_ThreeLettersAfterAPartnerPrintedOnce_AreNoName() =>
        Assert.DoesNotContain(Entities.People("她真诚地感谢搭档彭莉：“能和她合作我非常开心。”赛后，她与搭档彭莉踏上新的旅程。"), p => p.Name == "彭莉踏");

    [Theory]
    [InlineData("当地时间18日，张卫在国际网球赛斩获亚军。张卫表示，冬训提高了爆发力。张卫在冬训前期一天练两次。决赛中张卫沉着应对。", "张卫")]
    [InlineData("赵刚在社区干了二十年。“群众的事没有小事。”赵刚说。如今，赵刚每天还在巡逻。大家都认识赵刚。", "赵刚")]
    public void Extract_TwoLetterSubjectThatRecursAndSpeaks_IsAPerson(string body, string name) =>
        Assert.Contains(Entities.People(body), p => p.Name == name);

    [Fact]
    public void Extract_TwoLetterWordOpeningClauses_IsNoPerson() =>
        Assert.Empty(Entities.People("高铁开通了。高铁刚刚开通，高铁在山区穿行。高铁改变了生活。"));

    [Theory]
    [InlineData("提起这事，刘斌来了精神。这里是喀喇沁左翼蒙古族自治县，刘斌是尤杖子乡党委书记。", "刘斌", "党委书记", "尤杖子乡")]
    [InlineData("说起垃圾分类，王芳是魏都区西大街道办事处主任，她说要从娃娃抓起。", "王芳", "主任", "魏都区西大街道办事处")]
    public void Extract_NameThenCopulaThenPost_IsAPersonWithThatPost(string body, string name, string title, string organisation)
    {
        var person = Assert.Single(Entities.People(body), p => p.Rule == "name-is-title");
        Assert.Equal((name, title, organisation), (person.Name, person.Title, person.Organisation));
    }

    [Theory]
    [InlineData("中共中央政治局常委、全国政协主席汪洋出席会议。", "汪洋", "全国政协")]
    [InlineData("许昌市政协副主席、魏都区人民政府区长王建军主持会议。", "王建军", "魏都区人民政府")]
    public void Extract_ChainOfPostsEachWithItsBody_TakesTheBodyOfThePostNextToTheName(string body, string name, string organisation)
    {
        var person = Assert.Single(Entities.People(body));
        Assert.Equal((name, organisation), (person.Name, person.Organisation));
        Assert.DoesNotContain(Entities.Extract(body).Mentions, m => m.Kind == MentionKind.Organisation && m.Name.EndsWith("常委", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CountryBeforeAChain_StaysTheOrganisation() =>
        Assert.Equal("泰国", Assert.Single(Entities.People("泰国前副总理、泰中文化促进委员会主席披尼·扎禄颂巴说，“中国发展很快。”")).Organisation);

    [Theory]
    [InlineData("县委书记李万岳说：“我们将在产业发展上加大投入。”", "李万岳")]
    [InlineData("中共中央台办、国务院台办主任刘结一作工作报告。", "刘结一")]
    [InlineData("魏都区委书记王千山一行来到社区。", "王千山")]
    public void Extract_NumeralInAGivenName_IsReadAsPartOfTheName(string body, string name) =>
        Assert.Equal(name, Entities.People(body).First().Name);

    [Theory]
    [InlineData("全区新增就业万名以上。")]
    [InlineData("活动吸引了两千名市民，社区主任张华一个个登记。")]
    public void Extract_NumeralThatCounts_IsNoPartOfAName(string body) =>
        Assert.DoesNotContain(Entities.People(body), p => p.Name.Contains('万', StringComparison.Ordinal) || p.Name.EndsWith('一'));

    [Theory]
    [InlineData("我的父亲参与创建了哥伦比亚—中国友好协会。", "哥伦比亚—中国友好协会")]
    [InlineData("他任职于南非约翰内斯堡大学非洲—中国研究中心。", "南非约翰内斯堡大学非洲—中国研究中心")]
    [InlineData("中国塑协降解塑料专委会秘书长翁云宣说，替代品成本会降低。", "中国塑协降解塑料专委会")]
    public void Extract_DashJoinedAndShortenedCommitteeNames_AreOrganisations(string body, string name) =>
        Assert.Contains(Entities.Extract(body).Mentions, m => m.Kind == MentionKind.Organisation && m.Name == name);
}
