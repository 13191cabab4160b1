package vn.exemplarbot.registration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.exemplarbot.conversation.Commands;
import vn.exemplarbot.roster.Accounts;
import vn.exemplarbot.roster.ConfigReloaded;

/** After a reload roles may have changed: every registered person's command menu is set again. */
@Component
class MenuRefresh {

  private final Accounts accounts;
  private final Commands commands;

  MenuRefresh(Accounts accounts, Commands commands) {
    this.accounts = accounts;
    this.commands = commands;
  }

  @EventListener
  void on(ConfigReloaded reloaded) {
    accounts.registered().forEach(commands::refreshMenu);
  }
}
