using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Tests.Parsing.Pages;

/// <summary>How a parsed page is written to its golden file: indented, Chinese left readable.</summary>
internal static class PageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(ParsedIssue issue) => JsonSerializer.Serialize(issue, Options).ReplaceLineEndings("\n") + "\n";
}
