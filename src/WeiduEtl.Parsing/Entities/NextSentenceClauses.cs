namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Where a clause of the sentence after a quotation opens: at the sentence's start, or after a clause mark or the
/// quotation's closing mark. The subjects that speak a quotation no one else is given (<see cref="CountedGroups"/>,
/// <see cref="KindSubjects"/>) are read only there.
/// </summary>
internal static class NextSentenceClauses
{
    private static readonly CharSet ClauseMarks = new("，。！？；\n”,");

    public static bool OpensAt(string body, int sentenceStart, int at) => at == sentenceStart || ClauseMarks.Contains(body[at - 1]);
}
