namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Numbers a reader never takes as figures, decided by how they stand in the sentence: a race named by its distance
/// wherever its name ends, a year of a reign, the day of a lunar month, a building's number in an address, a small
/// count of people pointing back at those just named, two round spans after a negation ("not a matter of a few
/// years") and an idiom on numerals. Made-up lines in a national daily's and a district page's style, each rule with a line where the same words
/// still count.
/// </summary>
public sealed class FigureDateAndSpeechTests
{
    [Theory]
    // A race named by its distance: a side (男子, 女子) before it or a contest word right after the unit.
    [InlineData("男子100米决赛在晚间举行，中国选手获得第四名。", "")]
    [InlineData("在许昌市运动会上，魏都区选手在女子200米自由泳比赛中夺冠。", "")]
    [InlineData("男子110米栏预赛中，他跑出13秒25。", "13秒25|他跑出|13.25|秒|exact")]
    [InlineData("全区中小学生踊跃参加3000米障碍赛的选拔。", "")]
    [InlineData("魏都区新建了一条400米长的塑胶跑道。", "400米|塑胶跑道长度|400|米|exact")]
    [InlineData("官兵们完成了30公里武装越野。", "30公里|官兵们完成|30|公里|exact")]
    // A year counted from a reign or the Republic's founding; a reign's length after a verb still measures.
    [InlineData("清光绪二十年，甲午战争爆发。", "")]
    [InlineData("民国二十六年，魏都区的这所老校迁到了现址。", "")]
    [InlineData("乾隆在位六十年，留下大量诗文。", "六十年|乾隆在位|60|年|exact")]
    [InlineData("绍兴三年来新增市场主体5000家。", "三年|-|3|年|exact ; 5000家|来新增市场主体|5000|家|exact")]
    // The day of a month named in Chinese numerals or by the lunar calendar, whatever letter follows it.
    [InlineData("正月十五元宵节，魏都区举办了灯谜会。", "")]
    [InlineData("腊月二十八年货市场人头攒动，各地超市备足了货。", "")]
    [InlineData("社区每月收取十五元卫生费。", "十五元|卫生费|15|元|exact")]
    // A building's number followed by its entrance's: an address.
    [InlineData("他们家住在魏都区幸福小区5栋2单元。", "")]
    [InlineData("该小区12幢3单元的居民反映，电梯经常停运。", "")]
    [InlineData("这个小区共有12栋楼、560户居民。", "12栋|楼|12|栋|exact ; 560户|居民|560|户|exact")]
    public void Extract_DateOrNameLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }

    [Theory]
    // A small count of people opening its clause with an adverb after it is the subject pointing back.
    [InlineData("李某与王某系同乡，两人一同外出务工。", "")]
    [InlineData("魏都区丁庄街道的张大姐和李大姐结对帮扶，两人都成了社区的热心人。", "")]
    [InlineData("事故造成两人受伤，一人死亡。", "两人|受伤|2|人|exact")]
    [InlineData("两人受伤，均无生命危险。", "两人|受伤|2|人|exact")]
    [InlineData("王大爷与老伴相互照顾。两人被社区评为“最美家庭”。", "")]
    [InlineData("一辆货车在魏都区侧翻，两人被困车内。", "两人|一辆货车|2|人|exact")]
    // Two round spans after a negation are a figure of speech; one span is left to the other rules.
    [InlineData("这不是一年两年的事，而是长期任务。", "")]
    [InlineData("魏都区的老旧小区改造，不是三年五年就能完成的。", "")]
    [InlineData("这项工程用了三年，比计划提前五个月完工。", "三年|-|3|年|exact ; 五个月|提前完工|5|个月|exact")]
    [InlineData("魏都区的干部说，这不是三年就能完成的。", "三年|-|3|年|exact")]
    // An idiom on numerals: 三天打鱼两天晒网 "by fits and starts".
    [InlineData("理论学习贵在坚持，不能三天打鱼两天晒网。", "")]
    [InlineData("魏都区的志愿服务常态开展，没有三天打鱼，两天晒网。", "")]
    [InlineData("渔民出海三天，打鱼两吨。", "三天|渔民出海|3|天|exact ; 两吨|打鱼|2|吨|exact")]
    public void Extract_SpeechLine_KeepsOnlyQuantities(string line, string expected)
    {
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
    }
}
