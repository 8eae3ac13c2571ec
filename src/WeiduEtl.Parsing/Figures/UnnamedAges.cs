namespace WeiduEtl.Parsing.Figures;

/// <summary>
/// 时年26岁, 牺牲时年仅23岁, 享年64岁, 他今年35岁: an age whose clause names no one who has it still measures an age, which is
/// what a table's column says (biographies name the person in the sentences before); so does one whose person is only a
/// pronoun (年仅17岁的他). Runs after ages listed before
/// their person word have shared it (<see cref="ListedAges"/>), captions have named figures (<see cref="DisplayFigures"/>) and
/// bracketed ages have taken the name before them (<see cref="BracketedAges"/>).
/// </summary>
internal static class UnnamedAges
{
    private static readonly string[] Pronouns = ["他", "她", "我", "你", "俺", "他们", "她们", "我们"];

    public static void Name(List<FigureCandidate> figures, FoundLabel[] labels)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Kind == UnitKind.Age && (labels[i].Label is null || Pronouns.Contains(labels[i].Label)))
            {
                labels[i] = FoundLabel.Noun(LabelWords.Age);
            }
        }
    }
}
