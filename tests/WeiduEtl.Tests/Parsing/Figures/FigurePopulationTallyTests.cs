namespace WeiduEtl.Tests.Parsing.Figures;

/// <summary>
/// Population tallies, round 42, on made-up lines in a county bulletin's, a city daily's, a provincial daily's and a
/// village feature's style: a head count printed right after a count of households or settlements and closing its clause
/// is their population (农户人口, 自然村人口); 人家 after 户 is the households. None of these lines is taken from a labelled page.
/// </summary>
public sealed class FigurePopulationTallyTests
{
    [Theory]
    [InlineData("该组地处半山腰，有农户52户217人，距镇政府8公里。", "52户|农户|52|户|exact ; 217人|农户人口|217|人|exact ; 8公里|距镇政府|8|公里|exact")]
    [InlineData("全村共9个自然村3000余人。", "9个|自然村|9|个|exact ; 3000余人|自然村人口|3000|人|over")]
    [InlineData("全乡共有11个自然村约4200人。", "11个|自然村|11|个|exact ; 约4200人|自然村人口|4200|人|approx")]
    [InlineData("全镇辖14个行政村2.6万人，耕地面积4万亩。", "14个|行政村|14|个|exact ; 2.6万人|行政村人口|26000|人|exact ; 4万亩|耕地面积|40000|亩|exact")]
    [InlineData("现有苗族群众60户、245人。", "60户|苗族群众|60|户|exact ; 245人|苗族群众|245|人|exact")]
    [InlineData("这个屯只有23户人家，多是老人。", "23户|人家|23|户|exact")]
    public void Extract_MadeUpTally_LabelsTheHeadCountAsPopulation(string line, string expected) =>
        Assert.Equal(FigureRows.Split(expected), FigureRows.Extract(line));

    [Theory]
    // A verb after the head count says what the people do: they are no population.
    [InlineData("组织5个村120人参加培训。")]
    // A noun naming people already (居民) is no household to take 人口.
    [InlineData("小区常住居民418户、1260人，")]
    // A count of firms before the head count is no settlement.
    [InlineData("共有6家企业300人，")]
    // Something between the two counts: the head count is no tally's.
    [InlineData("全组有农户48户，外出务工95人。")]
    // A working team is no settlement: its head count is its members (review 41).
    [InlineData("县里派出5个工作组30人，深入各村开展督查。")]
    [InlineData("全班分为6个小组42人，")]
    public void Extract_MadeUpLine_GivesOtherHeadCountsNoPopulation(string line) =>
        Assert.DoesNotContain(FigureRows.Extract(line), row => row.Split('|')[1].EndsWith("人口", StringComparison.Ordinal));
}
