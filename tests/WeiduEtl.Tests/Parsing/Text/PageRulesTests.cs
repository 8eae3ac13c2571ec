using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Layout.Rules;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Text;

/// <summary>The page-level rules: furniture, page label, round-up columns.</summary>
public sealed class PageRulesTests
{
    [Theory]
    [InlineData("（责编：孙立平）")]
    [InlineData("责任编辑：林涛　美术编辑：方圆")]
    [InlineData("责编 刘洋 校对 陈晨")]
    [InlineData("2024年10月10日　星期四")]
    [InlineData("A3")]
    [InlineData("第4版")]
    [InlineData("新闻热线：0374-1234567")]
    public void IsFurniture_PageFurniture_IsRecognised(string line)
    {
        Assert.True(PageFurnitureRule.IsFurniture(line));
    }

    [Theory]
    [InlineData("编辑部门近日对稿件进行了审核，确保内容准确。")]
    [InlineData("全国秋粮收购进度过半")]
    [InlineData("2024年10月10日，全市召开秋粮收购工作会议。")]
    [InlineData("第八十四条 本法自2020年7月1日起施")]       // a law's last article, cut at the foot before its 行。
    [InlineData("本通知自2024年10月1日起执")]               // a district notice's, cut the same way
    public void IsFurniture_ArticleText_IsNotFurniture(string line)
    {
        Assert.False(PageFurnitureRule.IsFurniture(line));
    }

    [Fact]
    public void IssueDate_HeaderLine_GivesTheDateAndTheEditionName()
    {
        const string header = "2024年10月10日　星期四　　要闻　　第4版";

        Assert.Equal(new DateOnly(2024, 10, 10), PageFurnitureRule.IssueDate(header));
        Assert.Equal("要闻", PageFurnitureRule.HeaderLabel(header));
    }

    [Theory]
    [InlineData("人民日报2020年1月2日 星期四", 2020, 1, 2)]
    [InlineData("许昌日报 2025年9月24日星期三", 2025, 9, 24)]
    [InlineData("2024年10月10日 农历九月初八", 2024, 10, 10)]
    public void IssueDate_DateLineAfterThePapersName_GivesTheDate(string line, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PageFurnitureRule.IssueDate(line));
    }

    [Theory]
    [InlineData("东城区")]
    [InlineData("长青县")]
    [InlineData("要闻")]
    [InlineData("综合新闻")]
    [InlineData("第3版")]
    public void IsLabel_PlaceOrEditionName_IsAPageLabel(string line)
    {
        Assert.True(PageLabelRule.IsLabel(line));
    }

    [Theory]
    [InlineData("东城区民政局")]
    [InlineData("东大街道")]
    [InlineData("夏日送清凉 救助暖人心")]
    public void IsLabel_KickerOrHeadline_IsNotAPageLabel(string line)
    {
        Assert.False(PageLabelRule.IsLabel(line));
    }

    [Theory]
    [InlineData("一周要闻", ArticleKind.Brief)]
    [InlineData("简讯", ArticleKind.Brief)]
    [InlineData("■ 新闻速递", ArticleKind.Brief)]
    [InlineData("【本地快讯】", ArticleKind.Brief)]
    [InlineData("图片新闻", ArticleKind.Photo)]
    [InlineData("新闻图片", ArticleKind.Photo)]
    public void Match_RoundUpColumn_GivesNameAndKind(string line, ArticleKind kind)
    {
        Assert.Equal(kind, SectionHeaderRule.Match(line, PressLexicon.BuiltIn)?.Kind);
    }

    [Theory]
    [InlineData("要闻速览栏目今天起改版")]
    [InlineData("家庭医生签约服务覆盖率达75%")]
    public void Match_OrdinaryLine_IsNoColumn(string line)
    {
        Assert.Null(SectionHeaderRule.Match(line, PressLexicon.BuiltIn));
    }

    [Fact]
    public void StripBullet_BulletedBrief_DropsTheBullet()
    {
        Assert.Equal("市区新增3处公共停车场", BulletRule.StripBullet("■ 市区新增3处公共停车场"));
        Assert.Null(BulletRule.StripBullet("市区新增3处公共停车场"));
    }

    [Fact]
    public void HeaderLabel_FrontPageWithPaperNameOnly_IsLabelledByItsNumber()
    {
        Assert.Equal("第1版", PageFurnitureRule.HeaderLabel("光明日报　2024年3月5日　星期二　第1版"));
    }

    [Theory]
    [InlineData("短评：凝聚奋进新征程的强大力量", true)]
    [InlineData("【记者手记】走进老街", false)]
    [InlineData("记者手记｜老街的烟火气", true)]
    [InlineData("服务于民 守护城市烟火气", false)]
    public void StartsItem_GenreLabelBeforeColon_HeadsItsOwnItem(string line, bool startsItem)
    {
        Assert.Equal(startsItem, GenreLabelRule.StartsItem(line, PressLexicon.BuiltIn));
    }

    [Fact]
    public void JumpLines_ContinuedFromAndOn_AreRecognised()
    {
        Assert.True(JumpLineRule.IsContinuedFromElsewhere("（上接第一版）确保各项举措落地见效。"));
        Assert.Equal("社会消费品零售总额增长5.3%。", JumpLineRule.StripContinuedOn("社会消费品零售总额增长5.3%。（下转第3版）"));
        Assert.Null(JumpLineRule.StripContinuedOn("社会消费品零售总额增长5.3%。"));
    }
}
