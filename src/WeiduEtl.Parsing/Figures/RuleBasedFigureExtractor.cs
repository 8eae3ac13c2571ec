using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;
using WeiduEtl.Parsing.Dates;

namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// Finds the numeric facts in an article body with rules a reader can audit: where a number starts
/// (<see cref="FigurePatterns"/>), how Chinese numerals read (<see cref="ChineseNumeral"/>,
/// <see cref="ChineseNumeralReading"/>), which units and measure words make it a quantity (<see cref="UnitTable"/>),
/// how it is qualified (<see cref="QualifierWords"/>), which numbers are not quantities
/// (<see cref="FigureExclusions"/>, and every date and telephone number), ranges (<see cref="RangeLinker"/>) and
/// what is counted (<see cref="LabelFinder"/>).
/// </summary>
/// <remarks>
/// Conventions: the magnitude is folded into the value (10亿元 → 1000000000, unit 元); the span includes the
/// printed qualifier (约10亿元, 270余次, 100人左右); percentages written %, ％ or 百分之X all have the unit "%",
/// percentage points keep 个百分点; a range is two rows, lower bound at_least and upper bound at_most
/// (see <see cref="RangeLinker"/>); 几十 and 数百 (some tens, some hundreds) are no figure and 十几 reads 10 over; 七八个 reads 7 approx.
/// Offsets are UTF-16 code units of the body, so <c>body[CharStart..CharEnd] == Text</c>.
/// </remarks>
public sealed class RuleBasedFigureExtractor : IFigureExtractor
{
    public IReadOnlyList<FigureMention> Extract(string body)
    {
        if (SpacedUnits.Close(body) is not var (closed, origins))
        {
            return ExtractClosed(body);
        }
        return [.. ExtractClosed(closed).Select(f =>
        {
            var (start, end) = (origins[f.CharStart], origins[f.CharEnd - 1] + 1);
            return f with { Text = body[start..end], CharStart = start, CharEnd = end };
        })];
    }

    /// <summary>The figures of a body whose numbers stand next to their units (see <see cref="SpacedUnits"/>).</summary>
    private static List<FigureMention> ExtractClosed(string body)
    {
        List<(int Start, int End)> blocked = DateScanner.Scan(body).Select(d => (d.Start, d.End))
            .Concat(FigurePatterns.Phone().Matches(body).Select(m => (m.Index, m.Index + m.Length)))
            .ToList();
        var figures = new List<FigureCandidate>();
        var pos = 0;
        while (pos < body.Length)
        {
            var match = FigurePatterns.Number().Match(body, pos);
            if (!match.Success)
            {
                break;
            }
            var figure = ReadOrSkip(body, match);
            if (figure is { Unit: null })
            {
                figure = BorrowFromUpperBound(body, figure) is { } borrowed ? FigureReader.Signed(body, borrowed) : null;
            }
            if (figure is not { Unit: not null } || figure.Start < pos)
            {
                pos = match.Index + match.Length;
                continue;
            }
            pos = figure.End;
            if (!FigureExclusions.IsExcluded(body, figure) && !blocked.Any(b => b.Start < figure.End && figure.Start < b.End))
            {
                figures.Add(figure);
            }
        }
        return Settle(body, figures, blocked);
    }

    /// <summary>A run of numerals too long for a decimal (一亿亿亿亿…) is not a quantity a page would print.</summary>
    private static FigureCandidate? ReadOrSkip(string body, System.Text.RegularExpressions.Match match)
    {
        try
        {
            return FigureReader.Read(body, match);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// A number without a unit borrows the unit of the next one across a range joint (5—8万元) or, for amounts, a list
    /// joint (分别加快9.9和5.6个百分点); never a duration or a count across a list joint (2019和2020年 are years).
    /// </summary>
    private static FigureCandidate? BorrowFromUpperBound(string body, FigureCandidate lower)
    {
        var joint = FigurePatterns.RangeJoint().Match(body, lower.End);
        var listed = !joint.Success;
        if (listed)
        {
            joint = FigurePatterns.ListJoint().Match(body, lower.End);
            if (!joint.Success)
            {
                return null;
            }
        }
        var next = FigurePatterns.Number().Match(body, lower.End + joint.Length);
        if (!next.Success || next.Index != lower.End + joint.Length)
        {
            return null;
        }
        if (ReadOrSkip(body, next) is not { Unit: not null } upper
            || listed && upper.Kind is not (UnitKind.Percent or UnitKind.Point or UnitKind.Money or UnitKind.Measure or UnitKind.Length or UnitKind.Multiple))
        {
            return null;
        }
        return RangeLinker.Borrow(lower, upper);
    }

    /// <summary>Links ranges and finds labels; a label never reaches back past the previous figure or a date.</summary>
    private static List<FigureMention> Settle(string body, List<FigureCandidate> figures, List<(int Start, int End)> blocked)
    {
        var labels = new FoundLabel[figures.Count];
        var previous = FoundLabel.None;
        string? previousUnit = null;
        var floor = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var date = blocked.Where(b => b.End <= figures[i].Start).DefaultIfEmpty((Start: -1, End: 0)).MaxBy(b => b.End);
            var context = new LabelContext(floor, date.Start, date.End, previous.Label, previous.Subject, previousUnit);
            if (i + 1 < figures.Count && figures[i].Unit == figures[i + 1].Unit && RangeLinker.Joined(body, figures[i], figures[i + 1]))
            {
                (figures[i], figures[i + 1]) = RangeLinker.Qualify(body, figures[i], figures[i + 1]);
                previous = LabelFinder.Find(body, figures[i] with { End = figures[i + 1].End, Kind = figures[i + 1].Kind }, context);
                labels[i] = labels[i + 1] = previous;
                previousUnit = figures[i + 1].Unit;
                floor = figures[i + 1].End;
                i++;
                continue;
            }
            previous = LabelFinder.Find(body, figures[i], context);
            labels[i] = previous;
            previousUnit = figures[i].Unit;
            floor = figures[i].End;
        }
        ListedSubjects.Pair(body, figures, labels);
        RespectiveLabels.Distribute(body, figures, labels);
        RespectiveLabels.PairListedShares(body, figures, labels);
        ListedAges.Share(body, figures, labels);
        DisplayFigures.LabelFromCaption(body, figures, labels);
        BracketedAges.Name(body, figures, labels);
        BracketedCounts.Name(body, figures, labels);
        UnnamedAges.Name(figures, labels);
        PopulationTallies.Name(body, figures, labels);
        return [.. figures.Select((f, i) => new FigureMention(f.Text(body), labels[i].Label, Normalize(f.Value), f.Unit!, f.Qualifier, f.Start, f.End))];
    }

    /// <summary>1.2 × 10000 is 12000.0 in decimal arithmetic; the dataset wants 12000.</summary>
    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
