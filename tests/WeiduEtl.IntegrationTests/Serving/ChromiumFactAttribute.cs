namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>A fact that needs headless Chromium; skipped, saying how to install it, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
