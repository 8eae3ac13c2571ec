namespace WeiduEtl.Core.Documents;

/// <summary>The media types the pipeline knows, and how a file name maps to one.</summary>
public static class MediaTypes
{
    public const string Text = "text/plain";
    public const string Pdf = "application/pdf";

    public static string FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".pdf" => Pdf,
            _ => Text,
        };
}
