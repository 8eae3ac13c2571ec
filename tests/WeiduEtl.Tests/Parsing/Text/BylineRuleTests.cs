using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

public sealed class BylineRuleTests
{
    private static IReadOnlyList<Contributor> Parse(string line)
    {
        Assert.True(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people), $"not read as a byline: {line}");
        return people;
    }

    private static string[] Names(IReadOnlyList<Contributor> people, ContributorRole role) =>
        people.Where(p => p.Role == role).Select(p => p.Name).ToArray();

    [Fact]
    public void Parse_BylineWithTwoRoles_SplitsReportersAndCorrespondents()
    {
        var people = Parse("本报记者 周晓岚 通讯员 钱立新");

        Assert.Equal(["周晓岚"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["钱立新"], Names(people, ContributorRole.Correspondent));
        Assert.Equal("本报记者 周晓岚", people[0].CreditText);
    }

    [Fact]
    public void Parse_RoundUpCreditOfADozenReporters_ListsThemAll()
    {
        var people = Parse("本报记者王海、刘晓丽、陈一帆、赵明、孙立、周亮、吴桐、郑雪、冯刚、陈静、褚红、卫东、蒋平报道");

        Assert.Equal(13, Names(people, ContributorRole.Reporter).Length);
    }

    [Theory]
    [InlineData("（泰国）功·塔帕朗西", "功·塔帕朗西")]
    [InlineData("（日本）小林正树", "小林正树")]
    [InlineData("（巴西）罗伯托", "罗伯托")]
    public void Parse_GuestWriterWithTheCountryInBrackets_IsTheWriter(string line, string name)
    {
        var person = Assert.Single(Parse(line));

        Assert.Equal((name, ContributorRole.Reporter), (person.Name, person.Role));
    }

    [Theory]
    [InlineData("（人民时评）")]
    [InlineData("（上）")]
    [InlineData("（2020年1月）新年献词")]
    public void Parse_BracketedTagWithoutAName_IsNoByline(string line)
    {
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));
    }

    [Theory]
    [InlineData("综合本报记者王海、刘晓丽、陈一帆报道", "王海,刘晓丽,陈一帆")]
    [InlineData("综合新华社记者 赵青 李远 报道", "赵青,李远")]
    public void Parse_RoundUpCompiledFromReporters_CreditsTheReportersOnly(string line, string names)
    {
        var people = Parse(line);

        Assert.Equal(names.Split(','), Names(people, ContributorRole.Reporter));
        Assert.DoesNotContain(people, p => p.Name.Contains("综合", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WriteAndShootMarkBeforeARoleWord_GivesTheNameBothRoles()
    {
        var people = Parse("文/图 本报记者 许可欣");

        Assert.Equal(["许可欣"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["许可欣"], Names(people, ContributorRole.Photographer));
    }

    [Fact]
    public void Parse_JobTitleBeforeAMark_GivesTheNameTheMarksRoles()
    {
        var people = Parse("本报记者 文/图 王五");

        Assert.Equal(["王五"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["王五"], Names(people, ContributorRole.Photographer));
    }

    [Theory]
    [InlineData("记者 通讯员 王五")]
    [InlineData("评论员")]
    public void TryParse_RoleWordsWithoutTheirNames_IsNoByline(string line)
    {
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));
    }

    [Fact]
    public void Parse_MarksBeforeJobTitles_GiveEachNameTheRoleOfItsMark()
    {
        var people = Parse("文/记者 钟一鸣 图/记者 沈佳");

        Assert.Equal(["钟一鸣"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["沈佳"], Names(people, ContributorRole.Photographer));
    }

    [Fact]
    public void Parse_TwoReportersUnderOneRole_GivesEachNameItsOwnRow()
    {
        var people = Parse("本报记者 陶然 葛明辉");

        Assert.Equal(["陶然", "葛明辉"], Names(people, ContributorRole.Reporter));
    }

    [Fact]
    public void Parse_WriteAndShootSuffix_CreditsTheReporterWithThePictures()
    {
        var people = Parse("本报记者　韩　雪　通讯员　邱志远　文/图");

        Assert.Equal(["韩雪"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["邱志远"], Names(people, ContributorRole.Correspondent));
        Assert.Equal(["韩雪"], Names(people, ContributorRole.Photographer));
    }

    [Fact]
    public void Parse_NameThenWriteAndShoot_IsReporterAndPhotographer()
    {
        var people = Parse("宋佳宁 文/图");

        Assert.Equal(["宋佳宁"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["宋佳宁"], Names(people, ContributorRole.Photographer));
    }

    [Theory]
    [InlineData("本报记者 罗振宇 摄")]
    [InlineData("罗振宇摄")]
    [InlineData("图/罗振宇")]
    [InlineData("图／罗振宇")]
    public void Parse_PictureCredit_IsPhotographerOnly(string line)
    {
        var people = Parse(line);

        Assert.Equal(["罗振宇"], Names(people, ContributorRole.Photographer));
        Assert.Empty(Names(people, ContributorRole.Reporter));
    }

    [Fact]
    public void Parse_TextAndPictureByDifferentPeople_SplitsByMark()
    {
        var people = Parse("文/冯可欣　图/龚平");

        Assert.Equal(["冯可欣"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["龚平"], Names(people, ContributorRole.Photographer));
    }

    [Fact]
    public void Parse_NamePaddedWithFullWidthSpace_RejoinsTheName()
    {
        var people = Parse("记者　王　远　刘　畅");

        Assert.Equal(["王远", "刘畅"], Names(people, ContributorRole.Reporter));
    }

    [Fact]
    public void Parse_RoleGluedToName_ReadsTheName()
    {
        var people = Parse("记者王远");

        Assert.Equal(["王远"], Names(people, ContributorRole.Reporter));
    }

    [Fact]
    public void Parse_InternAndSpecialCorrespondent_MapToContractRoles()
    {
        var people = Parse("本报记者 何静 实习生 马骁 特约通讯员 岳峰");

        Assert.Equal(["何静", "马骁"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["岳峰"], Names(people, ContributorRole.Correspondent));
    }

    [Theory]
    [InlineData("用心管理城市 用情服务群众")]
    [InlineData("张三 李四")]
    [InlineData("记者从市统计局获悉，前三季度全市经济运行平稳。")]
    [InlineData("本报记者")]
    [InlineData("志愿者在社区为老人义诊 邵华摄")]
    public void Parse_NotACreditLine_IsRejected(string line)
    {
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));
    }

    [Fact]
    public void Parse_BylineAfterABox_IgnoresTheBox()
    {
        Assert.Equal(["王强"], Names(Parse("□ 本报记者 王强"), ContributorRole.Reporter));
    }

    [Theory]
    [InlineData("本报记者 周立新/文 韩冬/图", "周立新", "韩冬")]
    [InlineData("陈思 记者 黄一鸣/文 许朗/图", "陈思,黄一鸣", "许朗")]
    [InlineData("晚报记者 刘畅/文 孙一凡/摄", "刘畅", "孙一凡")]
    public void Parse_MarkAfterEachName_SaysWhatThatPersonDid(string line, string writers, string photographers)
    {
        var people = Parse(line);

        Assert.Equal(writers.Split(','), Names(people, ContributorRole.Reporter));
        Assert.Equal(photographers.Split(','), Names(people, ContributorRole.Photographer));
    }

    [Fact]
    public void Parse_NameGluedToWriteAndShootMark_KeepsTheName()
    {
        var people = Parse("本报记者 王海文/图");

        Assert.Equal(["王海"], Names(people, ContributorRole.Reporter));
        Assert.Equal(["王海"], Names(people, ContributorRole.Photographer));
    }

    [Theory]
    [InlineData("江城县融媒体中心 记者 罗平 通讯员 于海", "罗平", "于海")]
    [InlineData("滨海晚报/掌上滨海客户端记者 高远 通讯员 林一", "高远", "林一")]
    [InlineData("新河北·农民报通讯员 程乐 记者 吴桥", "吴桥", "程乐")]
    [InlineData("沿江全媒体记者祁山 通讯员 贺兰", "祁山", "贺兰")]
    [InlineData("江南新闻传媒集团记者 华东 通讯员 樊川", "华东", "樊川")]
    [InlineData("体育晨报 记者 姜军 通讯员 冯跃", "姜军", "冯跃")]
    public void Parse_OutletNameBeforeTheRoleWord_IsPartOfTheJobTitle(string line, string reporter, string correspondent)
    {
        var people = Parse(line);

        Assert.Equal([reporter], Names(people, ContributorRole.Reporter));
        Assert.Equal([correspondent], Names(people, ContributorRole.Correspondent));
    }

    [Theory]
    [InlineData("张明 李华全媒体记者 王五")]
    public void Parse_RunGluedToAMediaRoleWordAfterTheHead_IsNoOutlet(string line) =>
        Assert.DoesNotContain(BylineRule.TryParse(line, PressLexicon.BuiltIn, out var people) ? people : [], p => p.Name is "沿江" or "李华全媒体");

    [Theory]
    [InlineData("晨报记者 宋词 文/摄", "宋词")]
    [InlineData("体育报记者 米兰 摄/文", "米兰")]
    public void Parse_PictureReportSuffix_CreditsTheReporterWithThePictures(string line, string reporter)
    {
        var people = Parse(line);

        Assert.Equal([reporter], Names(people, ContributorRole.Reporter));
        Assert.Equal([reporter], Names(people, ContributorRole.Photographer));
    }

    [Theory]
    [InlineData("获刑三年！县首例网络诈骗案一审宣判", true)]
    [InlineData("注意！明起这些路段封闭施工", true)]
    [InlineData("他笑了！我们都在等他，等了很久", false)]
    [InlineData("好。他说完就走了出去", false)]
    public void IsLoose_ShortCryBeforeTheStatement_IsAHeadline(string line, bool heading) =>
        Assert.Equal(heading, HeadingShapeRule.IsLoose(line));

    [Theory]
    [InlineData("图为志愿者在车站为旅客指路", true)]
    [InlineData("上图为新落成的江滨步道", true)]
    [InlineData("图书馆迎来寒假阅读高峰", false)]
    [InlineData("活动现场", true)]
    [InlineData("开幕仪式现场", true)]
    [InlineData("校园一角", true)]
    [InlineData("书画展掠影", true)]
    [InlineData("记者直击防汛抢险一线现场", false)]
    [InlineData("现场", false)]
    [InlineData("活动现场气氛热烈", false)]
    public void IsDescription_LineOpeningTheShowsWords_DescribesAPicture(string line, bool description) =>
        Assert.Equal(description, PictureDescriptionRule.IsDescription(line));

    [Theory]
    [InlineData("江城日报、江城网记者杜一鸣", "杜一鸣", "")]
    [InlineData("南岭晚报、南岭网记者 李莉 通讯员 关洪江", "李莉", "关洪江")]
    [InlineData("滨海日报、滨海发布全媒体记者张晶、王福誉", "张晶、王福誉", "")]
    [InlineData("青川日报、青川新闻网记者王强通讯员赵敏", "王强", "赵敏")]
    public void Parse_PaperAndSiteListedBeforeTheirRoleWord_CreditsTheNamesAfterIt(string line, string reporters, string correspondents)
    {
        var people = Parse(line);
        Assert.Equal(reporters.Split('、', StringSplitOptions.RemoveEmptyEntries), Names(people, ContributorRole.Reporter));
        Assert.Equal(correspondents.Split('、', StringSplitOptions.RemoveEmptyEntries), Names(people, ContributorRole.Correspondent));
    }

    [Theory]
    [InlineData("王强、李明记者采访了村民")]
    [InlineData("江城日报、江城网")]
    public void TryParse_ListWithoutOutletBeforeRoleWordOrWithoutRoleWord_IsNoByline(string line) =>
        Assert.False(BylineRule.TryParse(line, PressLexicon.BuiltIn, out _));
}
