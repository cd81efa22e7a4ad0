using Jixiao.Core.Workflow;

namespace Jixiao.Data;

/// <summary>
/// Who does something, for the audit trail and the workflow: a signed-in user (with the address the
/// request came from) or the system itself (samples, the CLI), which acts as an administrator.
/// </summary>
public sealed record Actor(long? UserId, string UserName, Role Role, string? Address = null)
{
    public static Actor System(string name = "系统") => new(null, name, Role.Administrator);
}
