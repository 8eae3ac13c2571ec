namespace WeiduEtl.Serving.Explore;

/// <summary>
/// One marked stretch of an article body: <see cref="Start"/> and <see cref="End"/> are the row's char_start and
/// char_end (UTF-16 offsets into the body, as the extractors give them).
/// </summary>
/// <param name="Class">The CSS class, which is also the kind of row: figure, date, person, organisation, place.</param>
/// <param name="Href">Where the mark leads: the row in the table below, or a person's page.</param>
/// <param name="Title">What the row says, shown on hover: its value and the rule that found it.</param>
internal sealed record BodyMark(int Start, int End, string Class, string RowId, string Href, string Title);
