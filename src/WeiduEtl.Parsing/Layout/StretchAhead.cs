namespace WeiduEtl.Parsing.Layout;

/// <summary>
/// What a page holds after a display line, up to where an item certainly starts or the page ends: how many
/// paragraphs, how many more lines that could be subheadings, and the credit that closes the stretch, if one does.
/// </summary>
/// <param name="EndsInCredit">
/// The stretch ends in a credit of its own（本报柏林1月12日电）,（本报记者 X）or a picture's (X摄): the signature of an article.
/// </param>
internal readonly record struct StretchAhead(int Paragraphs, int HeadingCandidates, bool EndsInCredit);
