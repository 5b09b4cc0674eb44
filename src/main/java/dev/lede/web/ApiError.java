package dev.lede.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response.
 *
 * @param parameter the request parameter at fault, when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(int status, String error, String parameter) {}
