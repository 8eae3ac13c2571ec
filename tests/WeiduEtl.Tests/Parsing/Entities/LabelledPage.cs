using System.Text.Json;

namespace WeiduEtl.Tests.Parsing.Entities;

/// <summary>One page's hand labels (tests/fixtures/entities/, conventions in its README).</summary>
public sealed record LabelledPage(
    string Page, string Source, string Split, IReadOnlyList<LabelledPerson> People, IReadOnlyList<string> Organisations, IReadOnlyList<LabelledQuote> Quotes)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public bool HeldOut => Split == "held-out";

    public static LabelledPage Read(string path) =>
        JsonSerializer.Deserialize<LabelledPage>(File.ReadAllText(path), Options) ?? throw new InvalidDataException($"{path}: no labels");
}
