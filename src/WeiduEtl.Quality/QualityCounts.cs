namespace WeiduEtl.Quality;

/// <summary>
/// What the scorer counted on one page or many; counts add up, rates are read from them.
/// </summary>
/// <param name="TrueArticles">Articles on the pages.</param>
/// <param name="Items">Items the parser made.</param>
/// <param name="Found">True articles an item matches as a whole (neither a piece nor two glued).</param>
/// <param name="Extra">Items that match no article of their own: pieces of a split article, or text that is no article.</param>
/// <param name="HeaderRight">Found articles whose kicker, headline and subheadline are the printed header lines.</param>
/// <param name="BodyEndRight">Found articles whose body ends with the article's own last sentence.</param>
/// <param name="ReportersChecked">Found articles that credit a reporter in the truth or in the item.</param>
/// <param name="ReportersRight">Of those, the ones whose reporters are exactly the credited names.</param>
/// <param name="BreaksShared">Paragraph breaks inside found articles that both the truth and the item make.</param>
/// <param name="BreaksTotal">Per found article, the larger of the two sides' break counts, summed.</param>
public sealed record QualityCounts(
    int TrueArticles,
    int Items,
    int Found,
    int Extra,
    int HeaderRight,
    int BodyEndRight,
    int ReportersChecked,
    int ReportersRight,
    int BreaksShared,
    int BreaksTotal)
{
    public static QualityCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double ArticlesFound => Rate(Found, TrueArticles);
    public double ExtraItems => Rate(Extra, TrueArticles);
    public double HeaderLinesRight => Rate(HeaderRight, Found);
    public double BodyEndsRight => Rate(BodyEndRight, Found);
    public double ReportersRightRate => Rate(ReportersRight, ReportersChecked);
    public double ParagraphBreaksRight => BreaksTotal == 0 ? 1 : Rate(BreaksShared, BreaksTotal);

    public static QualityCounts operator +(QualityCounts a, QualityCounts b) => new(
        a.TrueArticles + b.TrueArticles,
        a.Items + b.Items,
        a.Found + b.Found,
        a.Extra + b.Extra,
        a.HeaderRight + b.HeaderRight,
        a.BodyEndRight + b.BodyEndRight,
        a.ReportersChecked + b.ReportersChecked,
        a.ReportersRight + b.ReportersRight,
        a.BreaksShared + b.BreaksShared,
        a.BreaksTotal + b.BreaksTotal);

    public static QualityCounts Add(QualityCounts a, QualityCounts b) => a + b;

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
