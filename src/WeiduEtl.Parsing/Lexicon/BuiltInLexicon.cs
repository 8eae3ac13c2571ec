using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Parsing.Lexicon;

/// <summary>The press lexicon shipped in the parser (<c>press-lexicon.json</c>), read once.</summary>
public static class BuiltInLexicon
{
    private const string ResourceName = "WeiduEtl.Parsing.Lexicon.press-lexicon.json";

    /// <summary>The file as shipped, comments included, for a user to read what the parser knows.</summary>
    public static string Json { get; } = ReadResource();

    public static PressProfile Profile { get; } = PressProfileReader.Parse(Json, "built-in press-lexicon.json");

    private static string ReadResource()
    {
        using var stream = typeof(BuiltInLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the parser assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
