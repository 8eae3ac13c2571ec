namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Round 33: divisions counted in Arabic digits (6市, 12盟市, 11省区市), 口 counting wells and pits after Arabic digits,
/// measure words that count only before a noun the dictionary knows or at the end of a tally (尊, 顶, 则, 道), and the
/// lengths 公分 and 英里. Made-up lines in an evening paper's, a county report's, a sports page's and a regional
/// daily's style; none is taken from a labelled page.
/// </summary>
public sealed class FigureCountedMeasureTests
{
    [Theory]
    [InlineData("本届车展吸引了周边6市参展。", "6市|市|6|市|exact")]
    [InlineData("全区12盟市均已完成年度植树任务。", "12盟市|盟市|12|盟市|exact")]
    [InlineData("他家在B2区，离市中心不远。", "")]
    [InlineData("沿着102省道一路向北就到了。", "")]
    [InlineData("第3区的选民投票踊跃。", "")]
    [InlineData("全县做好三区三线划定工作。", "")]
    [InlineData("今年全镇新打抗旱机井45口，修复旧井12口。", "45口|新打抗旱机井|45|口|exact ; 12口|修复旧井|12|口|exact")]
    [InlineData("村里建成沼气池300多口。", "300多口|沼气池|300|口|over")]
    [InlineData("他一口气跑完了三公里，全家三口都来加油。", "三公里|他一口气跑完|3|公里|exact")]
    [InlineData("庙里供奉着两尊佛像。", "两尊|佛像|2|尊|exact")]
    [InlineData("营地里搭起了20顶帐篷。", "20顶|帐篷|20|顶|exact")]
    [InlineData("记者连发三则评论。", "三则|评论|3|则|exact")]
    [InlineData("工程新建涵洞4道、桥梁2座。", "4道|工程新建涵洞|4|道|exact ; 2座|桥梁|2|座|exact")]
    [InlineData("一道难题摆在他们面前。", "")]
    [InlineData("他坐在5排，看得很清楚。", "")]
    [InlineData("列车停到2道，旅客依次上车。", "")]
    [InlineData("三道岭镇的居民早早起床。", "")]
    [InlineData("他笑着说道：这下好了。", "")]
    [InlineData("这条鲤鱼长约50公分。", "约50公分|鲤鱼长|50|公分|approx")]
    [InlineData("赛道全长26.2英里。", "26.2英里|赛道全长|26.2|英里|exact")]
    public void Extract_MadeUpLine_ReadsTheFigure(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));
}
