namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers that read like quantities yet are verse or a saying (背诵“两个黄鹂…”,
/// 十年磨一剑), a zone named by its travel time (15分钟健身圈), a period named by its length (八年抗战, 九年义务教育), a
/// slogan of stages (一年一个样，三年大变样) or a shop's name (7天连锁酒店).
/// Made-up lines in a national daily's and a district page's style, each with a line where the same words still count.
/// </summary>
public sealed class FigureSayingAndPeriodTests
{
    [Theory]
    // Verse recited or sung, a saying named as one; a quotation of what was said keeps its figures.
    [InlineData("孩子们齐声背诵“两个黄鹂鸣翠柳，一行白鹭上青天”。", "")]
    [InlineData("社区老人高唱“我们走在大路上，三百万人齐上阵”。", "")]
    [InlineData("区长表示，“今年全区新建两个公园，三百户居民受益”。", "两个|公园|2|个|exact ; 三百户|居民|300|户|exact")]
    // Proverbs built on numerals.
    [InlineData("科研人员十年磨一剑，终于攻克难关。", "")]
    [InlineData("十年树木，百年树人，魏都区教育久久为功。", "")]
    [InlineData("中华文明上下五千年，源远流长。", "")]
    [InlineData("他的工作作风来了个一百八十度大转弯。", "")]
    [InlineData("学习不能只有三分钟热度，群众说对这样的干部一百个放心。", "")]
    [InlineData("这项技术攻关历时十年，投入2亿元。", "十年|技术攻关历时|10|年|exact ; 2亿元|投入|200000000|元|exact")]
    // A zone named by the time it takes to cross; a lap after a span keeps the span.
    [InlineData("全市建成15分钟健身圈，打造1小时经济圈。", "")]
    [InlineData("魏都区实现15分钟便民服务圈全覆盖。", "")]
    [InlineData("他用时15分钟跑完一圈。", "15分钟|他用时|15|分钟|exact")]
    // A period named by its length; with 的 or a qualifier the span is measured.
    [InlineData("八年抗战、十四年抗战，中华儿女浴血奋战。", "")]
    [InlineData("三年困难时期，他带领群众渡过难关。", "")]
    [InlineData("魏都区九年义务教育巩固率达到99.5%。", "99.5%|魏都区九年义务教育巩固率|99.5|%|exact")]
    [InlineData("经过长达八年的抗战，人民迎来胜利。", "八年|抗战|8|年|exact")]
    // The same number on both sides of 就有 is a saying; different numbers make a rate.
    [InlineData("一千个读者就有一千个哈姆雷特，文艺评论要包容多样。", "")]
    [InlineData("社区干部常说，一百个居民就有一百种需求。", "")]
    [InlineData("魏都区每100名老人中就有3名独居老人。", "100名|老人中|100|名|exact ; 3名|独居老人|3|名|exact")]
    // Clauses in a row of a span of years and a short outcome are a slogan of stages; one alone, or with more to say, stays.
    [InlineData("各地要做到一年一个样，三年大变样，五年上台阶。", "")]
    [InlineData("魏都区老旧小区改造力争一年打基础、两年见成效、三年大变样。", "")]
    [InlineData("这项工程三年见成效。", "三年|-|3|年|exact")]
    [InlineData("全区三年投入资金5亿元，五年建成20个游园。", "三年|-|3|年|exact ; 5亿元|资金|500000000|元|exact ; 五年|资金建成|5|年|exact ; 20个|游园|20|个|exact")]
    // A span, a weight or a count of animals straight before a shop's noun names the shop; a place classifier counts shops.
    [InlineData("7天连锁酒店和三只松鼠旗舰店在春秋广场开业。", "")]
    [InlineData("全国新开24小时便利店1.2万家。", "1.2万家|新开24小时便利店|12000|家|exact")]
    [InlineData("魏都区新建3家酒店、两座宾馆。", "3家|酒店|3|家|exact ; 两座|宾馆|2|座|exact")]
    public void Extract_SayingOrPeriodLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
