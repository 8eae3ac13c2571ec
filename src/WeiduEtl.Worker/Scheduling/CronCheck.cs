using Quartz;

namespace WeiduEtl.Worker.Scheduling;

/// <summary>Whether Quartz.NET accepts a cron expression; the validator asks it so the rules are the scheduler's own.</summary>
public static class CronCheck
{
    public static bool IsValid(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
