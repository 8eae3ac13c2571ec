namespace WeiduEtl.Parsing.Figures.Quality;

/// <summary>How extracted figures compare with hand labels; counts add up over articles and pages.</summary>
/// <param name="Labelled">Figures a reader labelled.</param>
/// <param name="Found">Labelled figures extracted with the same value and unit.</param>
/// <param name="QualifierRight">Found figures whose qualifier is the labelled one.</param>
/// <param name="LabelScored">Found figures whose hand label is not null.</param>
/// <param name="LabelAgreed">Of those, figures whose extracted label agrees (see <see cref="FigureQualityScorer.LabelsAgree"/>).</param>
/// <param name="Extra">Extracted figures that match no labelled figure.</param>
/// <param name="FalseFigures">Extra figures over a span labelled as never a figure (a year, date, ordinal, name or set phrase).</param>
public sealed record FigureQualityScores(int Labelled, int Found, int QualifierRight, int LabelScored, int LabelAgreed, int Extra, int FalseFigures)
{
    public static FigureQualityScores Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Share of labelled figures found with value and unit; 1 when nothing was labelled.</summary>
    public double FoundRate => Ratio(Found, Labelled);

    public double QualifierRate => Ratio(QualifierRight, Found);

    public double LabelAgreement => Ratio(LabelAgreed, LabelScored);

    public FigureQualityScores Plus(FigureQualityScores other) => new(
        Labelled + other.Labelled, Found + other.Found, QualifierRight + other.QualifierRight, LabelScored + other.LabelScored,
        LabelAgreed + other.LabelAgreed, Extra + other.Extra, FalseFigures + other.FalseFigures);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
