using System.Globalization;
using Jixiao.Data;
using Microsoft.AspNetCore.Diagnostics;

namespace Jixiao.Web.Startup;

/// <summary>
/// A write that found the database locked by another save (<see cref="DatabaseBusy"/>) is answered
/// 503 with Retry-After, a Chinese message and the code DATA-BUSY, not as an error of the app.
/// </summary>
public static class BusyProblem
{
    /// <summary>The status the exception handler gives an exception.</summary>
    public static int StatusOf(Exception exception) =>
        DatabaseBusy.Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>Fills in the problem the exception handler writes for a busy database.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var exception = context.Exception ?? context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (!DatabaseBusy.Is(exception))
        {
            return;
        }

        var error = DatabaseBusy.Error;
        context.ProblemDetails.Status = StatusCodes.Status503ServiceUnavailable;
        context.ProblemDetails.Title = "数据库正忙";
        context.ProblemDetails.Detail = error.MessageZh;
        context.ProblemDetails.Type = "https://jixiao.example/problems/database-busy";
        context.ProblemDetails.Extensions.Remove("exception");
        context.ProblemDetails.Extensions["code"] = error.CodeText;
        context.ProblemDetails.Extensions["retryAfterSeconds"] = DatabaseBusy.RetryAfterSeconds;
        context.HttpContext.Response.Headers.RetryAfter = DatabaseBusy.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
