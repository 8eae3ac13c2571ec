namespace WeiduEtl.Parsing.Figures;

/// <summary>What the label rules know about the words before a figure.</summary>
/// <param name="Floor">Where the previous figure ends (0 when none): a label never reaches back past it.</param>
/// <param name="DateStart">Start of the last date or telephone number before the figure (-1 when none).</param>
/// <param name="DateEnd">Its end: a label does not reach back past it either, unless the date is a comparison's base (比10月份).</param>
/// <param name="PreviousLabel">The previous figure's label, which a figure printed as its continuation takes (由4.5米提高至5.0米).</param>
/// <param name="PreviousSubject">The noun phrase the previous figure measures, which a change without its own subject takes (，同比增长8%).</param>
/// <param name="PreviousUnit">The previous figure's unit: a part named after it (其中主城区1800个) counts the same thing only in the same unit.</param>
internal sealed record LabelContext(int Floor, int DateStart, int DateEnd, string? PreviousLabel, string? PreviousSubject, string? PreviousUnit = null)
{
    public bool HasPrevious => Floor > 0;
}
