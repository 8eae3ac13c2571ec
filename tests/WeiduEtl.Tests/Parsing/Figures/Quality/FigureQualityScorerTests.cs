using WeiduEtl.Core.Parsing;
using WeiduEtl.Parsing.Figures.Quality;

namespace WeiduEtl.Tests.Parsing.Figures.Quality;

public sealed class FigureQualityScorerTests
{
    private static LabelledFigure Gold(string text, decimal value, string unit, FigureQualifier qualifier, string? label, string? head = null) =>
        new(text, value, unit, qualifier, label, head);

    private static FigureMention Found(string text, decimal value, string unit, FigureQualifier qualifier, string? label, int start) =>
        new(text, label, value, unit, qualifier, start, start + text.Length);

    [Theory]
    [InlineData("全国规模以上工业企业利润总额同比增长", "利润总额", true)]
    [InlineData("产量", "粮食产量", true)]
    [InlineData("采购经理指数", "PMI|采购经理指数", true)]
    [InlineData("制造业 PMI", "PMI|采购经理指数", true)]
    [InlineData("量", "粮食产量", false)]
    [InlineData("同比增长", "利润总额", false)]
    [InlineData(null, "利润总额", false)]
    public void LabelsAgree_HeadInLabelOrLabelInHead(string? extracted, string head, bool agrees)
    {
        Assert.Equal(agrees, FigureQualityScorer.LabelsAgree(extracted, Gold("1", 1, "个", FigureQualifier.Exact, "x", head)));
    }

    [Fact]
    public void Score_ArticleWithMissWrongQualifierAndFalseFigure_CountsEachOnce()
    {
        var article = new LabelledArticle("page", 0,
            [
                Gold("突破900万吨", 9_000_000, "吨", FigureQualifier.Over, "海外权益产量", "权益产量"),
                Gold("3.7万名", 37_000, "名", FigureQualifier.Exact, "养老专业人才", "人才"),
                Gold("连续12年", 12, "年", FigureQualifier.Exact, null),
                Gold("1/7", 0.142857m, "", FigureQualifier.Exact, "占比"),
            ],
            ["2019年", "第四年"]);
        IReadOnlyList<FigureMention> extracted =
        [
            Found("900万吨", 9_000_000, "吨", FigureQualifier.Exact, "海外权益产量", 10),
            Found("3.7万名", 37_000, "名", FigureQualifier.Exact, "首次", 20),
            Found("12年", 12, "年", FigureQualifier.Exact, null, 30),
            Found("四年", 4, "年", FigureQualifier.Exact, null, 40),
            Found("5人", 5, "人", FigureQualifier.Exact, null, 50),
        ];

        var report = FigureQualityScorer.Score(article, extracted);

        Assert.Equal(new FigureQualityScores(Labelled: 4, Found: 3, QualifierRight: 2, LabelScored: 2, LabelAgreed: 1, Extra: 2, FalseFigures: 1), report.Scores);
        Assert.Equal(0.75, report.Scores.FoundRate);
        Assert.Contains(report.Differences, d => d.StartsWith("missed", StringComparison.Ordinal) && d.Contains("1/7", StringComparison.Ordinal));
        Assert.Contains(report.Differences, d => d.StartsWith("FALSE", StringComparison.Ordinal) && d.Contains("第四年", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_RepeatedValue_MatchesInReadingOrder()
    {
        var article = new LabelledArticle("page", 0,
            [Gold("3门", 3, "门", FigureQualifier.Exact, "科目"), Gold("3门", 3, "门", FigureQualifier.Exact, "高考成绩")], []);
        IReadOnlyList<FigureMention> extracted =
            [Found("3门", 3, "门", FigureQualifier.Exact, "科目", 5), Found("3门", 3, "门", FigureQualifier.Exact, "统一高考成绩", 40)];

        var scores = FigureQualityScorer.Score(article, extracted).Scores;

        Assert.Equal(2, scores.LabelAgreed);
    }

    [Fact]
    public void Plus_AddsEveryCount()
    {
        var one = new FigureQualityScores(4, 3, 2, 2, 1, 2, 1);

        Assert.Equal(new FigureQualityScores(8, 6, 4, 4, 2, 4, 2), one.Plus(one));
        Assert.Equal(1.0, FigureQualityScores.Zero.FoundRate);
    }

    [Fact]
    public void Parse_LabelFile_ReadsQualifiersHeadsAndNullLabels()
    {
        const string json = """
            { "page": "p", "held_out": true, "articles": [ { "index": 2,
              "figures": [ { "text": "至少30个", "value": 30, "unit": "个", "qualifier": "at_least", "label": "就业岗位", "head": "岗位" },
                           { "text": "两年", "value": 2, "unit": "年", "qualifier": "exact", "label": null } ],
              "never": ["2019年"] } ] }
            """;

        var set = FigureLabelSet.Parse(json);

        Assert.True(set.HeldOut);
        Assert.Equal(FigureQualifier.AtLeast, set.Articles[0].Figures[0].Qualifier);
        Assert.Equal(["岗位"], set.Articles[0].Figures[0].Heads);
        Assert.Null(set.Articles[0].Figures[1].Label);
        Assert.Empty(set.Articles[0].Figures[1].Heads);
        Assert.Equal(2, set.Articles[0].Index);
    }

    [Fact]
    public void Parse_LabelFileWithoutNever_FailsNamingTheField()
    {
        var error = Assert.Throws<FormatException>(() => FigureLabelSet.Parse("""{ "page": "p", "held_out": false, "articles": [ { "index": 0, "figures": [] } ] }"""));

        Assert.Contains("never", error.Message, StringComparison.Ordinal);
    }
}
