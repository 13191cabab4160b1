/**
 * Time: the one {@link java.time.Clock} every module takes its instants from, in the department's
 * zone (Asia/Ho_Chi_Minh). Tests and the sandbox replace it to move time. Depends on no other
 * module.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.exemplarbot.clock;
