namespace WeiduEtl.IntegrationTests.Serving;

/// <summary>A fact that needs <see cref="UnreadableFile"/>; skipped, saying why, where it cannot be made.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UnreadableFileFactAttribute : FactAttribute
{
    public UnreadableFileFactAttribute()
    {
        if (UnreadableFile.WhyNot is { } reason)
        {
            Skip = reason;
        }
    }
}
